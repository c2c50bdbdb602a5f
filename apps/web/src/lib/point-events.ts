import type { MessageKey } from '../i18n/en';
import type { I18n } from '../i18n/I18nContext';

/** What earned or spent points, in the reader's language, from the event's kind and detail (the server's `description` is English). */
export function describePointEvent(i18n: Pick<I18n, 't'>, event: { kind: string; detail?: Record<string, unknown> | null; description?: string }): string {
  const { t } = i18n;
  const detail = event.detail ?? {};
  const text = (key: string) => (typeof detail[key] === 'string' ? (detail[key] as string) : null);
  const units = typeof detail.units === 'number' ? detail.units : 1;
  const post = text('postTitle') ? `“${text('postTitle')}”` : t('pointEvent.aPost');
  const network = text('network') === 'linkedin' ? 'LinkedIn' : text('network');
  switch (event.kind) {
    case 'share_published':
      return network ? t('pointEvent.sharedOn', { post, network }) : t('pointEvent.shared', { post });
    case 'own_commentary':
      return t('pointEvent.ownWords', { post });
    case 'click':
      return units === 1 ? t('pointEvent.click') : t('pointEvent.clicks', { count: units });
    case 'engagement':
      return units === 1 ? t('pointEvent.engagement') : t('pointEvent.engagements', { count: units });
    case 'contest_bonus':
      return t('pointEvent.contestBonus', { contest: text('contestName') ?? t('pointEvent.aContest'), rank: typeof detail.rank === 'number' ? detail.rank : '?' });
    case 'redemption':
      return t('pointEvent.redeemed', { reward: text('rewardName') ?? t('pointEvent.aReward') });
    case 'redemption_refund':
      return t('pointEvent.refunded', { reward: text('rewardName') ?? t('pointEvent.aReward') });
    default:
      return event.description ?? event.kind;
  }
}

const BADGE_CODES = ['first_share', 'ten_shares', 'four_week_streak', 'monthly_top_10'] as const;

/** A badge's name and description in the reader's language; the server's English for a badge this UI does not know yet. */
export function badgeText(i18n: Pick<I18n, 't'>, badge: { code: string; name: string; description: string }): { name: string; description: string } {
  if (!(BADGE_CODES as readonly string[]).includes(badge.code)) return { name: badge.name, description: badge.description };
  return { name: i18n.t(`badge.${badge.code}.name` as MessageKey), description: i18n.t(`badge.${badge.code}.description` as MessageKey) };
}
