import { BADGES } from './badges';
import { Contest, ContestPrize, ContestResults } from './entities/contest.entity';
import { PointEvent } from './entities/point-event.entity';
import { Period } from './entities/point-total.entity';
import { Redemption } from './entities/redemption.entity';
import { Reward } from './entities/reward.entity';
import { UserBadge } from './entities/user-badge.entity';
import { PointsRules } from './points-rules';

export interface LeaderboardEntry {
  rank: number;
  userId: string;
  name: string;
  points: number;
}

export interface LeaderboardMe {
  /** Null when the caller is not on this board: opted out, excluded, not a member, or no points in the period. */
  rank: number | null;
  /** The caller's own points in the period, shown even when they are not on the board. */
  points: number;
}

export interface LeaderboardResponse {
  period: Period;
  periodKey: string;
  teamId: string | null;
  /** The period's instants in the organisation's timezone (null for all time). */
  startsAt: string | null;
  endsAt: string | null;
  entries: LeaderboardEntry[];
  me: LeaderboardMe;
}

export interface PointEventResponse {
  id: string;
  kind: string;
  /** In English, for lists; the kind and detail carry the same facts for a translated UI. */
  description: string;
  points: number;
  source: string;
  shareId: string | null;
  detail: Record<string, unknown> | null;
  occurredAt: string;
}

export interface MyPointsResponse {
  /** Spendable: everything earned, minus redemptions, plus refunds. */
  balance: number;
  /** Earned in each period (what leaderboards count). */
  totals: { all: number; month: number; quarter: number };
  periodKeys: { month: string; quarter: string };
  events: PointEventResponse[];
}

export interface BadgeResponse {
  code: string;
  name: string;
  description: string;
  /** Null while not earned yet. */
  awardedAt: string | null;
}

export interface PointsRulesResponse extends PointsRules {
  /** Null while the organisation uses the defaults. */
  updatedAt: string | null;
}

export interface RewardResponse {
  id: string;
  name: string;
  description: string | null;
  cost: number;
  /** Null = unlimited. */
  stock: number | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RedemptionResponse {
  id: string;
  rewardId: string;
  rewardName: string;
  cost: number;
  status: Redemption['status'];
  note: string | null;
  user: { id: string; name: string } | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface ContestResponse {
  id: string;
  name: string;
  description: string | null;
  startsOn: string;
  endsOn: string;
  timezone: string;
  startsAt: string;
  endsAt: string;
  scope: Contest['scope'];
  teamId: string | null;
  minPoints: number;
  prizes: ContestPrize[];
  status: Contest['status'];
  closedAt: string | null;
  /** After closing: winners and counts, computed once. */
  results: ContestResults | null;
  /** While open (on GET /contests/:id): the live standings. */
  standings?: { entries: LeaderboardEntry[]; me: LeaderboardMe };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function describePointEvent(event: Pick<PointEvent, 'kind' | 'detail'>): string {
  const detail = event.detail ?? {};
  const text = (key: string) => (typeof detail[key] === 'string' ? (detail[key] as string) : null);
  const units = typeof detail.units === 'number' ? detail.units : 1;
  const post = text('postTitle') ? `“${text('postTitle')}”` : 'a post';
  switch (event.kind) {
    case 'share_published':
      return `Shared ${post}${text('network') ? ` on ${text('network') === 'linkedin' ? 'LinkedIn' : text('network')}` : ''}`;
    case 'own_commentary':
      return `Your own words on ${post}`;
    case 'click':
      return units === 1 ? 'A click on your share' : `${units} clicks on your share`;
    case 'engagement':
      return units === 1 ? 'A reaction, comment or reshare of your share' : `${units} reactions, comments or reshares of your share`;
    case 'contest_bonus':
      return `Contest “${text('contestName') ?? 'contest'}”: place ${typeof detail.rank === 'number' ? detail.rank : '?'}`;
    case 'redemption':
      return `Redeemed ${text('rewardName') ?? 'a reward'}`;
    case 'redemption_refund':
      return `Refund for ${text('rewardName') ?? 'a reward'}`;
  }
}

export function mapPointEvent(event: PointEvent): PointEventResponse {
  return {
    id: event.id,
    kind: event.kind,
    description: describePointEvent(event),
    points: event.points,
    source: event.source,
    shareId: event.shareId,
    detail: event.detail,
    occurredAt: event.occurredAt.toISOString(),
  };
}

export function mapBadges(earned: UserBadge[]): BadgeResponse[] {
  const byCode = new Map(earned.map((b) => [b.badge, b]));
  return BADGES.map((badge) => ({ code: badge.code, name: badge.name, description: badge.description, awardedAt: iso(byCode.get(badge.code)?.awardedAt ?? null) }));
}

export function mapReward(reward: Reward): RewardResponse {
  return {
    id: reward.id,
    name: reward.name,
    description: reward.description,
    cost: reward.cost,
    stock: reward.stock,
    active: reward.active,
    createdAt: reward.createdAt.toISOString(),
    updatedAt: reward.updatedAt.toISOString(),
  };
}

export function mapRedemption(redemption: Redemption, userName?: string): RedemptionResponse {
  return {
    id: redemption.id,
    rewardId: redemption.rewardId,
    rewardName: redemption.rewardName,
    cost: redemption.cost,
    status: redemption.status,
    note: redemption.note,
    user: userName === undefined ? null : { id: redemption.userId, name: userName },
    createdAt: redemption.createdAt.toISOString(),
    decidedAt: iso(redemption.decidedAt),
  };
}

export function mapContest(contest: Contest, standings?: ContestResponse['standings']): ContestResponse {
  return {
    id: contest.id,
    name: contest.name,
    description: contest.description,
    startsOn: contest.startsOn,
    endsOn: contest.endsOn,
    timezone: contest.timezone,
    startsAt: contest.startsAt.toISOString(),
    endsAt: contest.endsAt.toISOString(),
    scope: contest.scope,
    teamId: contest.teamId,
    minPoints: contest.minPoints,
    prizes: contest.prizes,
    status: contest.status,
    closedAt: iso(contest.closedAt),
    results: contest.results,
    ...(standings ? { standings } : {}),
  };
}
