import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { PostStatus } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
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
      <QueryView
        query={posts}
        empty={
          <EmptyState title={t('content.emptyTitle')} action={<Link to="/content/new" className="button button-primary">{t('content.new')}</Link>}>
            <p>{t('content.emptyBody')}</p>
          </EmptyState>
        }
      >
        {(listed) => (
          <DataTable
            caption={t('nav.content')}
            rows={[...listed].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))}
            rowKey={(post) => post.id}
            rowProps={(post) => ({ 'data-testid': 'post-row', 'data-post-id': post.id })}
            testId="post-table"
            columns={[
              {
                header: t('content.titleColumn'),
                cell: (post) => (
                  <>
                    <Link to={`/content/${post.id}`} className="strong-link">
                      {post.title}
                    </Link>
                    {post.featured && <span className="tag-featured small-tag">{t('feed.featured')}</span>}
                    {campaignName(post.campaignId) && <span className="muted small block">{campaignName(post.campaignId)}</span>}
                    {post.status !== 'draft' && (
                      <Link to={`/results?postId=${post.id}`} className="small block" data-testid="post-results">
                        {t('content.results')}
                        <span className="visually-hidden">: {post.title}</span>
                      </Link>
                    )}
                  </>
                ),
              },
              { header: t('common.status'), cell: (post) => <Tag tone={POST_TONE[post.status]}>{t(`postStatus.${post.status}`)}</Tag> },
              { header: t('content.audience'), cell: (post) => (post.teamIds.length === 0 ? t('content.everyone') : t('content.teamCount', { count: post.teamIds.length })) },
              {
                header: t('content.window'),
                className: 'small',
                cell: (post) =>
                  post.publishAt || post.expiresAt ? `${post.publishAt ? formatDate(post.publishAt) : '…'} – ${post.expiresAt ? formatDate(post.expiresAt) : '…'}` : t('content.always'),
              },
              { header: t('content.updated'), className: 'small', cell: (post) => formatDate(post.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) },
            ]}
          />
        )}
      </QueryView>
    </Page>
  );
}
