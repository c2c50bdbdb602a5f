/**
 * Every resource the UI reads, as TanStack Query options: one key per resource, under a root
 * per kind (`['shares', …]`), so a change invalidates exactly the lists and items it touches.
 */
import { infiniteQueryOptions, QueryClient, queryOptions, type QueryKey } from '@tanstack/react-query';
import { getAnalyticsSettings, getAnalyticsSummary, getCampaignProgress, getCampaignReport, getAnalyticsTimeseries, getMyAnalytics, getTopAdvocates, getTopContent, listApiKeys } from './analytics';
import { ApiError } from './client';
import { type AuditFilters, getCurrentPolicy, listAuditEvents, listAuditLog, listComplianceRules, listPolicyVersions } from './compliance';
import { listConnections } from './connections';
import { getPost, listCampaigns, listPosts } from './content';
import { findFeedItem, getFeed } from './feed';
import { getContest, getLeaderboard, getMyBadges, getMyPoints, getPointsRules, listContests, listMyRedemptions, listRedemptions, listRewards } from './gamification';
import { getMailPreferences, getSentMail, listSentMail } from './mail';
import { getMeta } from './meta';
import { listNotifications } from './notifications';
import type { AnalyticsScope, LeaderboardPeriod, Metric, PostStatus, RedemptionStatus, ShareStatus } from './models';
import { getOrganization, listChatWebhooks } from './organization';
import { getShare, getShareEngagement, listReviews, listShares } from './shares';
import { listTeams, listUsers } from './users';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Pages show what they have at once and refresh it in the background after this long.
        staleTime: 10_000,
        // An error is shown with a "try again" button rather than retried behind the user's back.
        retry: false,
      },
    },
  });
}

/** The API answers 404 for "there is none yet" (no policy published): that is data, not an error. */
async function orNull<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ApiError && error.isNotFound) return null;
    throw error;
  }
}

export const queries = {
  meta: () => queryOptions({ queryKey: ['meta'], queryFn: ({ signal }) => getMeta(signal), staleTime: Infinity }),
  organization: () => queryOptions({ queryKey: ['organization'], queryFn: ({ signal }) => getOrganization(signal) }),
  users: () => queryOptions({ queryKey: ['users'], queryFn: ({ signal }) => listUsers(signal) }),
  teams: () => queryOptions({ queryKey: ['teams'], queryFn: ({ signal }) => listTeams(signal) }),
  chatWebhooks: () => queryOptions({ queryKey: ['chat-webhooks'], queryFn: ({ signal }) => listChatWebhooks(signal) }),

  /** The newest unread notifications (at most `limit`) and how many are unread in all. */
  unreadNotifications: (limit: number) =>
    queryOptions({ queryKey: ['notifications', 'unread', limit], queryFn: ({ signal }) => listNotifications({ unreadOnly: true, limit, signal }) }),
  /** The notification centre's list, page by page (newest first). */
  notificationPages: (filter: 'all' | 'unread', pageSize: number) =>
    infiniteQueryOptions({
      queryKey: ['notifications', 'pages', filter, pageSize],
      queryFn: ({ pageParam, signal }) => listNotifications({ unreadOnly: filter === 'unread', limit: pageSize, cursor: pageParam, signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    }),

  mailPreferences: () => queryOptions({ queryKey: ['mail-preferences'], queryFn: ({ signal }) => getMailPreferences(signal) }),
  /** The organisation's mail, newest first, page by page (admins). */
  sentMailPages: (pageSize: number) =>
    infiniteQueryOptions({
      queryKey: ['sent-mail', 'pages', pageSize],
      queryFn: ({ pageParam, signal }) => listSentMail({ limit: pageSize, cursor: pageParam, signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    }),
  /** The audit log, newest first, page by page (admins and reviewers). */
  auditEventPages: (filters: AuditFilters, pageSize: number) =>
    infiniteQueryOptions({
      queryKey: ['audit-log', 'events', filters, pageSize],
      queryFn: ({ pageParam, signal }) => listAuditEvents({ ...filters, limit: pageSize, cursor: pageParam, signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    }),
  sentMail: (id: string) => queryOptions({ queryKey: ['sent-mail', 'detail', id], queryFn: ({ signal }) => getSentMail(id, signal) }),

  posts: (status?: PostStatus) => queryOptions({ queryKey: ['posts', 'list', status ?? 'all'], queryFn: ({ signal }) => listPosts(status, signal) }),
  post: (id: string) => queryOptions({ queryKey: ['posts', 'detail', id], queryFn: ({ signal }) => getPost(id, signal) }),
  campaigns: () => queryOptions({ queryKey: ['campaigns'], queryFn: ({ signal }) => listCampaigns(signal) }),
  feed: (limit: number) => queryOptions({ queryKey: ['feed', 'page', limit], queryFn: ({ signal }) => getFeed({ limit, signal }) }),
  /** A post of the caller's feed, or null when it is not (or no longer) in the feed. */
  feedItem: (postId: string) => queryOptions({ queryKey: ['feed', 'item', postId], queryFn: ({ signal }) => findFeedItem(postId, signal) }),

  shares: (status?: ShareStatus) => queryOptions({ queryKey: ['shares', 'list', status ?? 'all'], queryFn: ({ signal }) => listShares(status, signal) }),
  share: (id: string) => queryOptions({ queryKey: ['shares', 'detail', id], queryFn: ({ signal }) => getShare(id, signal) }),
  /** A published share's latest engagement read and clicks, for its owner. */
  shareEngagement: (id: string) => queryOptions({ queryKey: ['shares', 'engagement', id], queryFn: ({ signal }) => getShareEngagement(id, signal) }),
  reviews: () => queryOptions({ queryKey: ['shares', 'reviews'], queryFn: ({ signal }) => listReviews(signal) }),
  auditLog: (options: { limit: number; shareId?: string }) => queryOptions({ queryKey: ['audit-log', options], queryFn: ({ signal }) => listAuditLog({ ...options, signal }) }),
  connections: () => queryOptions({ queryKey: ['connections'], queryFn: ({ signal }) => listConnections(signal) }),

  complianceRules: () => queryOptions({ queryKey: ['compliance-rules'], queryFn: ({ signal }) => listComplianceRules(signal) }),
  currentPolicy: () => queryOptions({ queryKey: ['policies', 'current'], queryFn: ({ signal }) => orNull(getCurrentPolicy(signal)) }),
  policyVersions: () => queryOptions({ queryKey: ['policies', 'versions'], queryFn: ({ signal }) => listPolicyVersions(signal) }),

  myPoints: () => queryOptions({ queryKey: ['points', 'mine'], queryFn: ({ signal }) => getMyPoints(signal) }),
  myBadges: () => queryOptions({ queryKey: ['points', 'badges'], queryFn: ({ signal }) => getMyBadges(signal) }),
  leaderboard: (options: { period: LeaderboardPeriod; teamId?: string; limit?: number }) =>
    queryOptions({ queryKey: ['points', 'leaderboard', options], queryFn: ({ signal }) => getLeaderboard({ ...options, signal }) }),
  pointsRules: () => queryOptions({ queryKey: ['points-rules'], queryFn: ({ signal }) => getPointsRules(signal) }),
  contests: () => queryOptions({ queryKey: ['contests', 'list'], queryFn: ({ signal }) => listContests(signal) }),
  contest: (id: string) => queryOptions({ queryKey: ['contests', 'detail', id], queryFn: ({ signal }) => getContest(id, signal) }),
  rewards: () => queryOptions({ queryKey: ['rewards'], queryFn: ({ signal }) => listRewards(signal) }),
  myRedemptions: () => queryOptions({ queryKey: ['redemptions', 'mine'], queryFn: ({ signal }) => listMyRedemptions(signal) }),

  /** Results (figures, by day) of the organisation, narrowed to a team, a campaign or a post. */
  campaignProgress: () => queryOptions({ queryKey: ['analytics', 'campaigns'], queryFn: ({ signal }) => getCampaignProgress(signal) }),
  campaignReport: (campaignId: string, range: { from?: string; to?: string }) =>
    queryOptions({ queryKey: ['analytics', 'campaign-report', campaignId, range], queryFn: ({ signal }) => getCampaignReport(campaignId, range, signal) }),
  analyticsSummary: (scope: AnalyticsScope) => queryOptions({ queryKey: ['analytics', 'summary', scope], queryFn: ({ signal }) => getAnalyticsSummary(scope, signal) }),
  analyticsTimeseries: (scope: AnalyticsScope, metric: Metric) =>
    queryOptions({ queryKey: ['analytics', 'timeseries', scope, metric], queryFn: ({ signal }) => getAnalyticsTimeseries({ ...scope, metric }, signal) }),
  topContent: (scope: AnalyticsScope, limit: number) => queryOptions({ queryKey: ['analytics', 'top-content', scope, limit], queryFn: ({ signal }) => getTopContent({ ...scope, limit }, signal) }),
  topAdvocates: (scope: AnalyticsScope, limit: number) => queryOptions({ queryKey: ['analytics', 'top-advocates', scope, limit], queryFn: ({ signal }) => getTopAdvocates({ ...scope, limit }, signal) }),
  /** The caller's own results (the last 30 days unless a range is given). */
  myAnalytics: (range: { from?: string; to?: string } = {}) => queryOptions({ queryKey: ['analytics', 'mine', range], queryFn: ({ signal }) => getMyAnalytics(range, signal) }),
  analyticsSettings: () => queryOptions({ queryKey: ['analytics-settings'], queryFn: ({ signal }) => getAnalyticsSettings(signal) }),
  apiKeys: () => queryOptions({ queryKey: ['api-keys'], queryFn: ({ signal }) => listApiKeys(signal) }),
  redemptions: (status?: RedemptionStatus) => queryOptions({ queryKey: ['redemptions', 'all', status ?? 'any'], queryFn: ({ signal }) => listRedemptions(status, signal) }),
};

/** What each kind of change makes stale, beyond the item the page already holds. */
export const AFFECTED_BY = {
  share: [['shares'], ['feed'], ['audit-log']],
  post: [['posts'], ['feed']],
  redemption: [['redemptions'], ['rewards'], ['points']],
  notificationsRead: [['notifications']],
} satisfies Record<string, QueryKey[]>;

/** Fetches again what is on screen under these keys; the rest is fetched when next shown. */
export function invalidate(client: QueryClient, keys: readonly QueryKey[]): void {
  for (const queryKey of keys) void client.invalidateQueries({ queryKey });
}

/**
 * Marks cached data stale without fetching: what is on screen stays as the page patched it
 * (a cancelled share stays in a filtered list until the page is opened again) and everything
 * is fetched again when next shown.
 */
export function markStale(client: QueryClient, keys: readonly QueryKey[]): void {
  for (const queryKey of keys) void client.invalidateQueries({ queryKey, refetchType: 'none' });
}

/** Puts a changed item into a cached list in place (or at the end, or the start), without a request. */
export function upsertInList<T extends { id: string }>(client: QueryClient, queryKey: QueryKey, item: T, where: 'end' | 'start' = 'end'): void {
  client.setQueryData<T[]>(queryKey, (current) => {
    if (!current) return current;
    if (current.some((candidate) => candidate.id === item.id)) return current.map((candidate) => (candidate.id === item.id ? item : candidate));
    return where === 'start' ? [item, ...current] : [...current, item];
  });
}

export function removeFromList(client: QueryClient, queryKey: QueryKey, id: string): void {
  client.setQueryData<{ id: string }[]>(queryKey, (current) => current?.filter((candidate) => candidate.id !== id));
}
