import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { getFeed } from '../../api/feed';
import { isShareStatus, LOCKED_SHARE_STATUSES, type FeedItem } from '../../api/models';
import { BusyButton } from '../../components/BusyButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { PostImage } from '../../components/PostImage';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';

const PAGE_SIZE = 20;

/** Suggested posts for the employee's teams, featured first, each with their own share's status. */
export function FeedPage() {
  const { t } = useI18n();
  const feed = useInfiniteQuery({
    queryKey: ['feed', 'pages', PAGE_SIZE],
    queryFn: ({ pageParam, signal }) => getFeed({ limit: PAGE_SIZE, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t('nav.feed')} intro={t('feed.intro')} testId="page-feed">
      {feed.error !== null && !feed.data ? (
        <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
      ) : !feed.data ? (
        <LoadingState label={t('feed.loading')} />
      ) : items.length === 0 ? (
        <EmptyState title={t('feed.emptyTitle')}>
          <p>{t('feed.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="feed-grid" data-testid="feed-list">
            {items.map((item) => (
              <FeedCard key={item.id} item={item} />
            ))}
          </ul>
          {feed.isFetchNextPageError && <ErrorText error={feed.error} />}
          {feed.hasNextPage && (
            <p className="load-more">
              <BusyButton busy={feed.isFetchingNextPage} busyLabel={t('common.loading')} onClick={() => void feed.fetchNextPage()} testId="feed-more">
                {t('feed.more')}
              </BusyButton>
            </p>
          )}
        </>
      )}
    </Page>
  );
}

function FeedCard({ item }: { item: FeedItem }) {
  const { t, formatDate } = useI18n();
  const share = item.myShare;
  const open = share && !LOCKED_SHARE_STATUSES.includes(share.status);
  const titleId = `feed-title-${item.id}`;
  return (
    <li className="card feed-card" data-testid="feed-card" data-post-id={item.id} data-featured={item.featured || undefined}>
      <PostImage imageUrl={item.imageUrl} url={item.url} title={item.title} />
      <div className="feed-card-body">
        <div className="feed-card-tags">
          {item.featured && <span className="tag-featured">{t('feed.featured')}</span>}
          {item.points !== null && item.points > 0 && <span className="tag-points">{t('feed.points', { points: item.points })}</span>}
          {share && isShareStatus(share.status) && <StatusBadge status={share.status} testId="feed-card-status" />}
        </div>
        <h2 className="feed-card-title" id={titleId}>
          {item.title}
        </h2>
        {item.description && <p className="feed-card-description">{item.description}</p>}
        <blockquote className="feed-card-suggestion">
          <span className="visually-hidden">{t('feed.suggestedText')}: </span>
          {item.variants.linkedin ?? item.suggestedCommentary}
        </blockquote>
        {item.hashtags.length > 0 && <p className="feed-card-hashtags">{item.hashtags.join(' ')}</p>}
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
