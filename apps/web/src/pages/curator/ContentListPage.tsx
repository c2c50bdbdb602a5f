import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { PostStatus } from '../../api/models';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { SegmentedControl } from '../../components/SegmentedControl';
import { Tag } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';

type Filter = 'all' | PostStatus;

export const POST_TONE: Record<PostStatus, 'neutral' | 'success' | 'warning'> = { draft: 'warning', published: 'success', archived: 'neutral' };

/** Every suggested post of the organisation, newest first, with its state. */
export function ContentListPage() {
  const { t, formatDate } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = (['draft', 'published', 'archived'].includes(params.get('status') ?? '') ? params.get('status') : 'all') as Filter;
  const posts = useQuery({ ...queries.posts(filter === 'all' ? undefined : filter), placeholderData: keepPreviousData });
  // Only for names: without it, posts are listed without their campaign.
  const campaigns = useQuery(queries.campaigns());
  const campaignName = (id: string | null) => campaigns.data?.find((campaign) => campaign.id === id)?.name;

  return (
    <Page
      title={t('nav.content')}
      intro={t('content.intro')}
      testId="page-content"
      actions={
        <Link to="/content/new" className="button button-primary" data-testid="new-post">
          {t('content.new')}
        </Link>
      }
    >
      <div className="toolbar">
        <SegmentedControl<Filter>
          legend={t('content.filter')}
          hideLegend
          value={filter}
          onChange={(value) => setParams(value === 'all' ? {} : { status: value }, { replace: true })}
          options={[
            { value: 'all', label: t('content.all') },
            { value: 'draft', label: t('postStatus.draft') },
            { value: 'published', label: t('postStatus.published') },
            { value: 'archived', label: t('postStatus.archived') },
          ]}
          testId="content-filter"
        />
      </div>
      {posts.error !== null && !posts.data ? (
        <ErrorState error={posts.error} onRetry={posts.refetch} />
      ) : !posts.data ? (
        <LoadingState />
      ) : posts.data.length === 0 ? (
        <EmptyState title={t('content.emptyTitle')} action={<Link to="/content/new" className="button button-primary">{t('content.new')}</Link>}>
          <p>{t('content.emptyBody')}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="post-table">
            <caption className="visually-hidden">{t('nav.content')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('content.titleColumn')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('content.audience')}</th>
                <th scope="col">{t('content.window')}</th>
                <th scope="col">{t('content.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {[...posts.data]
                .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
                .map((post) => (
                  <tr key={post.id} data-testid="post-row" data-post-id={post.id}>
                    <td>
                      <Link to={`/content/${post.id}`} className="strong-link">
                        {post.title}
                      </Link>
                      {post.featured && <span className="tag-featured small-tag">{t('feed.featured')}</span>}
                      {campaignName(post.campaignId) && <span className="muted small block">{campaignName(post.campaignId)}</span>}
                    </td>
                    <td>
                      <Tag tone={POST_TONE[post.status]}>{t(`postStatus.${post.status}`)}</Tag>
                    </td>
                    <td>{post.teamIds.length === 0 ? t('content.everyone') : t('content.teamCount', { count: post.teamIds.length })}</td>
                    <td className="small">
                      {post.publishAt || post.expiresAt
                        ? `${post.publishAt ? formatDate(post.publishAt) : '…'} – ${post.expiresAt ? formatDate(post.expiresAt) : '…'}`
                        : t('content.always')}
                    </td>
                    <td className="small">{formatDate(post.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
