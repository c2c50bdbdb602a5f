import { isOwnCommentary } from '@chorus/shares';

/**
 * How many points each kind of participation earns. Only a confirmed publish earns share
 * points: drafts, approvals, failed and cancelled shares earn nothing. Changes apply to
 * points earned afterwards; the ledger is never rewritten.
 */
export interface PointsRules {
  /** A published share, unless its post sets its own points. */
  sharePublished: number;
  /** Added when the commentary is the employee's own words, not the suggested text. */
  ownCommentaryBonus: number;
  perClick: number;
  /** Most click points one share earns in one day of the organisation's timezone. */
  clickDailyCapPerShare: number;
  /** Per reaction, comment or reshare received. */
  perEngagement: number;
  engagementDailyCapPerShare: number;
  /** Bonus for first, second, third… place in a contest when its prize names no points. */
  contestPrizePoints: number[];
}

export const DEFAULT_POINTS_RULES: Readonly<PointsRules> = Object.freeze({
  sharePublished: 10,
  ownCommentaryBonus: 5,
  perClick: 1,
  clickDailyCapPerShare: 20,
  perEngagement: 2,
  engagementDailyCapPerShare: 20,
  contestPrizePoints: [100, 50, 25],
});

export interface SharePointsInput {
  /** The post's own points value, if the curator set one. */
  postPoints: number | null;
  commentary: string;
  /** The text the employee was offered: the post's variant for the network, or its suggestion. */
  suggestedText: string | null;
  /** The campaign's multiplier as a whole percentage (100 = ×1), when it applies. */
  multiplierPercent: number;
}

export interface SharePoints {
  published: number;
  ownCommentary: number;
}

/** Points for one published share: base (post or rule) and own-words bonus, times the campaign multiplier. */
export function sharePoints(rules: PointsRules, input: SharePointsInput): SharePoints {
  const own = isOwnCommentary(input.commentary, input.suggestedText).own;
  const offered = offeredSharePoints(rules, input.postPoints, input.multiplierPercent);
  return { published: offered.published, ownCommentary: own ? offered.ownCommentary : 0 };
}

/** What a share of a post is offered before it is written: the base, and the bonus its own words would add. */
export function offeredSharePoints(rules: PointsRules, postPoints: number | null, multiplierPercent: number): SharePoints {
  const multiply = (points: number) => Math.round((points * multiplierPercent) / 100);
  return { published: multiply(postPoints ?? rules.sharePublished), ownCommentary: multiply(rules.ownCommentaryBonus) };
}

/** Points an interaction earns given what the share already earned today for that kind. */
export function cappedInteractionPoints(perUnit: number, units: number, dailyCap: number, earnedToday: number): number {
  return Math.max(0, Math.min(perUnit * units, dailyCap - earnedToday));
}

/** The bonus for a contest place: the prize's own points, else the organisation's rule. */
export function prizePoints(rules: PointsRules, rank: number, own: number | undefined): number {
  return own ?? rules.contestPrizePoints[rank - 1] ?? 0;
}
