import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { redeemReward } from '../../api/gamification';
import { AFFECTED_BY, invalidate, queries, upsertInList } from '../../api/queries';
import type { Redemption, Reward } from '../../api/models';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Tag } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { humanize, redemptionTone } from '../../lib/labels';
import { pointKindLabel } from '../admin/pointKinds';

/** Points, rank, badges, rewards to redeem and what was redeemed. */
export function PointsPage() {
  const { t, formatNumber, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const points = useQuery(queries.myPoints());
  const month = useQuery(queries.leaderboard({ period: 'month', limit: 1 }));
  const all = useQuery(queries.leaderboard({ period: 'all', limit: 1 }));
  const rank = { month: month.data?.me, all: all.data?.me };
  const badges = useQuery(queries.myBadges());
  const rewards = useQuery(queries.rewards());
  const redemptions = useQuery(queries.myRedemptions());
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function redeem(reward: Reward) {
    setError(null);
    setNotice(null);
    try {
      const redemption = await redeemReward(reward.id);
      upsertInList(queryClient, queries.myRedemptions().queryKey, redemption, 'start');
      setNotice(t('points.redeemed', { reward: reward.name }));
      invalidate(queryClient, AFFECTED_BY.redemption);
    } catch (redeemError) {
      setError(redeemError);
    }
  }

  const balance = points.data?.balance ?? 0;
  return (
    <Page title={t('nav.points')} intro={t('points.intro')} testId="page-points">
      <div className="stat-grid">
        <div className="card stat" data-testid="points-balance">
          <span className="stat-label">{t('points.balance')}</span>
          <span className="stat-value">{points.data ? formatNumber(balance) : '–'}</span>
          {points.data?.totals && <span className="muted small">{t('points.earnedMonth', { points: points.data.totals.month })}</span>}
        </div>
        <div className="card stat" data-testid="points-rank-month">
          <span className="stat-label">{t('points.rankMonth')}</span>
          <span className="stat-value">{rank.month?.rank ? `#${formatNumber(rank.month.rank)}` : '–'}</span>
        </div>
        <div className="card stat" data-testid="points-rank-all">
          <span className="stat-label">{t('points.rankAll')}</span>
          <span className="stat-value">{rank.all?.rank ? `#${formatNumber(rank.all.rank)}` : '–'}</span>
        </div>
      </div>
      {points.error !== null && !points.data && <ErrorState error={points.error} onRetry={points.refetch} />}

      <h2>{t('points.badges')}</h2>
      {badges.error !== null && !badges.data ? (
        <ErrorText error={badges.error} />
      ) : !badges.data ? (
        <LoadingState />
      ) : badges.data.length === 0 ? (
        <p className="muted">{t('points.noBadges')}</p>
      ) : (
        <ul className="badge-grid" data-testid="badges">
          {[...badges.data]
            .sort((a, b) => Number(b.awardedAt !== null) - Number(a.awardedAt !== null))
            .map((badge) => (
              <li key={badge.code} className="card badge-card" data-earned={badge.awardedAt !== null} data-testid="badge">
                <span className="badge-icon" aria-hidden="true">
                  {badge.awardedAt ? '★' : '☆'}
                </span>
                <span className="badge-name">{badge.name || humanize(badge.code)}</span>
                {badge.description && <span className="muted">{badge.description}</span>}
                <span className="small badge-state">{badge.awardedAt ? t('points.badgeEarned', { date: formatDate(badge.awardedAt) }) : t('points.badgeLocked')}</span>
              </li>
            ))}
        </ul>
      )}

      <h2>{t('points.rewards')}</h2>
      {error !== null && <ErrorText error={error} />}
      {notice && (
        <Notice tone="success" live>
          {notice}
        </Notice>
      )}
      {rewards.error !== null && !rewards.data ? (
        <ErrorText error={rewards.error} />
      ) : !rewards.data ? (
        <LoadingState />
      ) : rewards.data.filter((reward) => reward.active).length === 0 ? (
        <EmptyState title={t('points.noRewards')}>
          <p>{t('points.noRewardsBody')}</p>
        </EmptyState>
      ) : (
        <ul className="reward-grid" data-testid="rewards">
          {rewards.data
            .filter((reward) => reward.active)
            .map((reward) => {
              const short = balance < reward.cost;
              const soldOut = reward.stock !== null && reward.stock <= 0;
              return (
                <li key={reward.id} className="card reward-card">
                  <p className="reward-name">{reward.name}</p>
                  {reward.description && <p className="muted">{reward.description}</p>}
                  <p className="reward-cost">{t('points.cost', { points: reward.cost })}</p>
                  {reward.stock !== null && <p className="muted small">{t('points.stock', { count: reward.stock })}</p>}
                  <ConfirmButton
                    variant="secondary"
                    question={t('points.redeemQuestion', { reward: reward.name, points: reward.cost })}
                    confirmLabel={t('points.redeem')}
                    busyLabel={t('points.redeeming')}
                    onConfirm={() => redeem(reward)}
                    disabled={short || soldOut}
                    testId="redeem"
                  >
                    {soldOut ? t('points.soldOut') : short ? t('points.notEnough', { points: reward.cost - balance }) : t('points.redeem')}
                  </ConfirmButton>
                </li>
              );
            })}
        </ul>
      )}

      <h2>{t('points.redemptions')}</h2>
      {redemptions.error !== null && !redemptions.data ? (
        <ErrorText error={redemptions.error} />
      ) : !redemptions.data ? (
        <LoadingState />
      ) : redemptions.data.length === 0 ? (
        <p className="muted">{t('points.noRedemptions')}</p>
      ) : (
        <RedemptionTable redemptions={redemptions.data} />
      )}

      <h2>{t('points.history')}</h2>
      {!points.data ? null : points.data.events.length === 0 ? (
        <p className="muted">{t('points.noEvents')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="point-events">
            <caption className="visually-hidden">{t('points.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.date')}</th>
                <th scope="col">{t('points.what')}</th>
                <th scope="col" className="numeric">
                  {t('points.points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.data.events.map((event) => (
                <tr key={event.id}>
                  <td>{formatDate(event.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>{event.description ?? pointKindLabel(t, event.kind) ?? humanize(event.kind)}</td>
                  <td className={`numeric ${event.points < 0 ? 'negative' : 'positive'}`}>
                    {event.points > 0 ? '+' : ''}
                    {formatNumber(event.points)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

function RedemptionTable({ redemptions }: { redemptions: Redemption[] }) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="my-redemptions">
        <caption className="visually-hidden">{t('points.redemptions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.date')}</th>
            <th scope="col">{t('points.reward')}</th>
            <th scope="col" className="numeric">
              {t('points.points')}
            </th>
            <th scope="col">{t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {redemptions.map((redemption) => (
            <tr key={redemption.id}>
              <td>{redemption.createdAt ? formatDate(redemption.createdAt) : ''}</td>
              <td>{redemption.rewardName ?? '–'}</td>
              <td className="numeric">{redemption.cost !== null ? formatNumber(redemption.cost) : '–'}</td>
              <td>
                <Tag tone={redemptionTone(redemption.status)}>{t(`redemptionStatus.${redemptionKey(redemption.status)}`)}</Tag>
                {redemption.note && <span className="muted small block">{redemption.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function redemptionKey(status: string): 'pending' | 'fulfilled' | 'rejected' | 'other' {
  return status === 'pending' || status === 'fulfilled' || status === 'rejected' ? status : 'other';
}
