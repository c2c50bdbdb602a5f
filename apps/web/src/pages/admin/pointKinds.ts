import type { I18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/en';

const KINDS: Record<string, MessageKey> = {
  share_published: 'pointKind.share_published',
  own_commentary: 'pointKind.own_commentary',
  click: 'pointKind.click',
  engagement: 'pointKind.engagement',
  contest_bonus: 'pointKind.contest_bonus',
  redemption: 'pointKind.redemption',
  redemption_refund: 'pointKind.redemption_refund',
};

const RULES: Record<string, [MessageKey, MessageKey]> = {
  sharePublished: ['pointsRules.sharePublished', 'pointsRules.sharePublishedHint'],
  ownCommentaryBonus: ['pointsRules.ownCommentaryBonus', 'pointsRules.ownCommentaryBonusHint'],
  perClick: ['pointsRules.perClick', 'pointsRules.perClickHint'],
  clickDailyCapPerShare: ['pointsRules.clickDailyCapPerShare', 'pointsRules.dailyCapHint'],
  perEngagement: ['pointsRules.perEngagement', 'pointsRules.perEngagementHint'],
  engagementDailyCapPerShare: ['pointsRules.engagementDailyCapPerShare', 'pointsRules.dailyCapHint'],
};

/** A translated name for a kind of point event, when it is one we know. */
export function pointKindLabel(t: I18n['t'], kind: string): string | null {
  const key = KINDS[kind];
  return key ? t(key) : null;
}

export function pointsRuleLabel(t: I18n['t'], rule: string): string | null {
  const keys = RULES[rule];
  return keys ? t(keys[0]) : null;
}

export function pointsRuleHint(t: I18n['t'], rule: string): string | null {
  const keys = RULES[rule];
  return keys ? t(keys[1]) : null;
}
