import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { redeemReward } from '../../api/gamification';
import { AFFECTED_BY, invalidate, queries, upsertInList } from '../../api/queries';
import type { Redemption, Reward } from '../../api/models';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { Tag } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { humanize, redemptionTone } from '../../lib/labels';
import { badgeText, describePointEvent } from '../../lib/point-events';
import { MyResultsSection } from './MyResultsSection';

/** Points, rank, badges, rewards to redeem and what was redeemed. */
export function PointsPage() {
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
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

      <MyResultsSection />

      <h2>{t('points.badges')}</h2>
      <QueryView query={badges} inlineError empty={<p className="muted">{t('points.noBadges')}</p>}>
        {(list) => (
          <ul className="badge-grid" data-testid="badges">
            {[...list]
              .sort((a, b) => Number(b.awardedAt !== null) - Number(a.awardedAt !== null))
              .map((badge) => (
                <li key={badge.code} className="card badge-card" data-earned={badge.awardedAt !== null} data-testid="badge">
                  <span className="badge-icon" aria-hidden="true">
                    {badge.awardedAt ? '★' : '☆'}
                  </span>
                  <span className="badge-name">{badgeText(i18n, badge).name || humanize(badge.code)}</span>
                  {badge.description && <span className="muted">{badgeText(i18n, badge).description}</span>}
                  <span className="small badge-state">{badge.awardedAt ? t('points.badgeEarned', { date: formatDate(badge.awardedAt) }) : t('points.badgeLocked')}</span>
                </li>
              ))}
          </ul>
        )}
      </QueryView>

      <h2>{t('points.rewards')}</h2>
      {error !== null && <ErrorText error={error} />}
      {notice && (
        <Notice tone="success" live>
          {notice}
        </Notice>
      )}
      <QueryView
        query={{ data: rewards.data?.filter((reward) => reward.active), error: rewards.error, refetch: rewards.refetch }}
        inlineError
        empty={{ title: t('points.noRewards'), body: t('points.noRewardsBody') }}
      >
        {(active) => (
          <ul className="reward-grid" data-testid="rewards">
            {active.map((reward) => {
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
      </QueryView>

      <h2>{t('points.redemptions')}</h2>
      <QueryView query={redemptions} inlineError empty={<p className="muted">{t('points.noRedemptions')}</p>}>
        {(list) => <RedemptionTable redemptions={list} />}
      </QueryView>

      <h2>{t('points.history')}</h2>
      {!points.data ? null : points.data.events.length === 0 ? (
        <p className="muted">{t('points.noEvents')}</p>
      ) : (
        <DataTable
          caption={t('points.history')}
          rows={points.data.events}
          rowKey={(event) => event.id}
          // Three short columns fit a phone as they are.
          stackOnNarrow={false}
          testId="point-events"
          columns={[
            { header: t('common.date'), cell: (event) => formatDate(event.occurredAt, { dateStyle: 'medium', timeStyle: 'short' }) },
            { header: t('points.what'), cell: (event) => describePointEvent(i18n, event) },
            {
              header: t('points.points'),
              numeric: true,
              cell: (event) => (
                <span className={event.points < 0 ? 'negative' : 'positive'}>
                  {event.points > 0 ? '+' : ''}
                  {formatNumber(event.points)}
                </span>
              ),
            },
          ]}
        />
      )}
    </Page>
  );
}

function RedemptionTable({ redemptions }: { redemptions: Redemption[] }) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <DataTable
      caption={t('points.redemptions')}
      rows={redemptions}
      rowKey={(redemption) => redemption.id}
      testId="my-redemptions"
      columns={[
        { header: t('common.date'), cell: (redemption) => (redemption.createdAt ? formatDate(redemption.createdAt) : '') },
        { header: t('points.reward'), cell: (redemption) => redemption.rewardName ?? '–' },
        { header: t('points.points'), numeric: true, cell: (redemption) => (redemption.cost !== null ? formatNumber(redemption.cost) : '–') },
        {
          header: t('common.status'),
          cell: (redemption) => (
            <>
              <Tag tone={redemptionTone(redemption.status)}>{t(`redemptionStatus.${redemptionKey(redemption.status)}`)}</Tag>
              {redemption.note && <span className="muted small block">{redemption.note}</span>}
            </>
          ),
        },
      ]}
    />
  );
}

export function redemptionKey(status: string): 'pending' | 'fulfilled' | 'rejected' | 'other' {
  return status === 'pending' || status === 'fulfilled' || status === 'rejected' ? status : 'other';
}
