import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { getFeed, getFeedTopics, type FeedFilters } from '../../api/feed';
import { isShareStatus, LOCKED_SHARE_STATUSES, type FeedItem } from '../../api/models';
import { BusyButton } from '../../components/BusyButton';
import { CheckboxField, FilterSelect } from '../../components/fields';
import { useDebounced } from '../../hooks/useDebounced';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { PostImage } from '../../components/PostImage';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';

const PAGE_SIZE = 20;

/**
 * Suggested posts for the employee's teams: the ones not shared yet first (featured first),
 * then the ones they already shared; searchable and filtered by campaign and hashtag, the
 * filters kept in the address so a reload or a shared link keeps them.
 */
export function FeedPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebounced(text.trim(), 300);
  const filters: FeedFilters = { q, campaignId: params.get('campaign') ?? '', hashtag: params.get('hashtag') ?? '', hideShared: params.get('hideShared') === 'true' };
  const filtered = Boolean(filters.q || filters.campaignId || filters.hashtag || filters.hideShared);
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  // The settled search goes into the address with the other filters.
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) setParam('q', q);
  });
  const topics = useQuery({ queryKey: ['feed', 'topics'], queryFn: ({ signal }) => getFeedTopics(signal) });
  const feed = useInfiniteQuery({
    queryKey: ['feed', 'pages', PAGE_SIZE, filters],
    queryFn: ({ pageParam, signal }) => getFeed({ limit: PAGE_SIZE, cursor: pageParam, signal, filters }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];
  const fresh = items.filter((item) => !item.sharedByMe);
  const shared = items.filter((item) => item.sharedByMe);
  const clear = () => {
    setText('');
    setParams(new URLSearchParams(), { replace: true });
  };

  return (
    <Page title={t('nav.feed')} intro={t('feed.intro')} testId="page-feed">
      <div className="toolbar feed-filters" role="search" aria-label={t('feed.filters')} data-testid="feed-filters">
        <div className="toolbar-field feed-search">
          <label className="field-label" htmlFor="feed-search">
            {t('feed.search')}
          </label>
          <input id="feed-search" type="search" className="input" value={text} maxLength={200} placeholder={t('feed.searchPlaceholder')} onChange={(event) => setText(event.target.value)} data-testid="feed-search" />
        </div>
        <FilterSelect
          id="feed-campaign"
          label={t('feed.campaign')}
          value={filters.campaignId ?? ''}
          onChange={(value) => setParam('campaign', value)}
          options={[{ value: '', label: t('feed.allCampaigns') }, ...(topics.data?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          testId="feed-campaign"
        />
        <FilterSelect
          id="feed-hashtag"
          label={t('feed.topic')}
          value={filters.hashtag ?? ''}
          onChange={(value) => setParam('hashtag', value)}
          options={[{ value: '', label: t('feed.allTopics') }, ...(topics.data?.hashtags ?? []).map((h) => ({ value: h.tag, label: t('feed.topicCount', { tag: h.tag, count: h.posts }) }))]}
          testId="feed-hashtag"
        />
        <CheckboxField label={t('feed.hideShared')} checked={filters.hideShared} onChange={(event) => setParam('hideShared', event.target.checked ? 'true' : '')} testId="feed-hide-shared" />
      </div>
      {feed.error !== null && !feed.data ? (
        <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
      ) : !feed.data ? (
        <LoadingState label={t('feed.loading')} />
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState title={t('feed.noMatchTitle')}>
            <p>{t('feed.noMatchBody')}</p>
            <button type="button" className="button button-secondary" onClick={clear} data-testid="feed-clear">
              {t('feed.clearFilters')}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t('feed.emptyTitle')}>
            <p>{t('feed.emptyBody')}</p>
          </EmptyState>
        )
      ) : (
        <div aria-busy={feed.isPlaceholderData || undefined}>
          {fresh.length > 0 && (
            <ul className="feed-grid" data-testid="feed-list">
              {fresh.map((item) => (
                <FeedCard key={item.id} item={item} />
              ))}
            </ul>
          )}
          {shared.length > 0 && (
            <section className="feed-shared" aria-labelledby="feed-shared-title" data-testid="feed-shared">
              <h2 className="section-title" id="feed-shared-title">
                {t('feed.alreadyShared')}
              </h2>
              <ul className="feed-grid" data-testid="feed-shared-list">
                {shared.map((item) => (
                  <FeedCard key={item.id} item={item} nested />
                ))}
              </ul>
            </section>
          )}
          {feed.isFetchNextPageError && <ErrorText error={feed.error} />}
          {feed.hasNextPage && (
            <p className="load-more">
              <BusyButton busy={feed.isFetchingNextPage} busyLabel={t('common.loading')} onClick={() => void feed.fetchNextPage()} testId="feed-more">
                {t('feed.more')}
              </BusyButton>
            </p>
          )}
        </div>
      )}
    </Page>
  );
}

/** One post; `nested`: under a section's heading, so its title is a level lower. */
function FeedCard({ item, nested = false }: { item: FeedItem; nested?: boolean }) {
  const Title = nested ? 'h3' : 'h2';
  const { t, formatDate, formatNumber } = useI18n();
  const share = item.myShare;
  const open = share && !LOCKED_SHARE_STATUSES.includes(share.status);
  const titleId = `feed-title-${item.id}`;
  return (
    <li className="card feed-card" data-testid="feed-card" data-post-id={item.id} data-featured={item.featured || undefined}>
      <PostImage imageUrl={item.imageUrl} url={item.url} title={item.title} />
      <div className="feed-card-body">
        <div className="feed-card-tags">
          {item.featured && <span className="tag-featured">{t('feed.featured')}</span>}
          {item.pointsForSharing && item.pointsForSharing.published > 0 && !item.sharedByMe && (
            <span className="tag-points" data-testid="feed-card-points">
              {t('feed.points', { points: item.pointsForSharing.published })}
            </span>
          )}
          {item.pointsForSharing && item.pointsForSharing.multiplierPercent !== 100 && !item.sharedByMe && (
            <span className="tag-multiplier" data-testid="feed-card-multiplier">
              {t('feed.multiplier', { multiplier: formatNumber(item.pointsForSharing.multiplierPercent / 100) })}
            </span>
          )}
          {share && isShareStatus(share.status) && <StatusBadge status={share.status} testId="feed-card-status" />}
        </div>
        <Title className="feed-card-title" id={titleId}>
          {item.title}
        </Title>
        {item.description && <p className="feed-card-description">{item.description}</p>}
        <blockquote className="feed-card-suggestion">
          <span className="visually-hidden">{t('feed.suggestedText')}: </span>
          {item.variants.linkedin ?? item.suggestedCommentary}
        </blockquote>
        {item.hashtags.length > 0 && <p className="feed-card-hashtags">{item.hashtags.join(' ')}</p>}
        {item.pointsForSharing && item.pointsForSharing.ownWordsBonus > 0 && !item.sharedByMe && (
          <p className="feed-card-bonus muted small" data-testid="feed-card-bonus">
            {t('feed.ownWordsBonus', { points: item.pointsForSharing.ownWordsBonus })}
          </p>
        )}
        {item.expiresAt && <p className="feed-card-expiry">{t('feed.expires', { date: formatDate(item.expiresAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>}
      </div>
      <div className="feed-card-actions">
        {open ? (
          <Link className="button button-primary" to={`/shares/${share.id}`} data-testid="feed-card-continue">
            {t('feed.continue')}
          </Link>
        ) : share?.status === 'published' ? (
          <Link className="button button-secondary" to={`/shares/${share.id}`} data-testid="feed-card-view">
            {t('feed.viewShare')}
          </Link>
        ) : (
          <Link className="button button-primary" to={`/feed/${item.id}/share`} data-testid="feed-card-share">
            {t('feed.write')}
          </Link>
        )}
        {item.url && (
          <a className="button button-ghost" href={item.url} target="_blank" rel="noopener noreferrer">
            {t('feed.readArticle')}
            <span className="visually-hidden"> ({t('common.opensInNewTab')})</span>
          </a>
        )}
      </div>
    </li>
  );
}
