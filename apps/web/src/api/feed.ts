import { api, ApiError, unwrap } from './client';
import type { FeedItem, FeedPage, FeedTopics } from './models';

export interface FeedFilters {
  q?: string;
  campaignId?: string;
  hashtag?: string;
  hideShared?: boolean;
}

export function getFeed(options: { limit?: number; cursor?: string | null; signal?: AbortSignal; filters?: FeedFilters } = {}): Promise<FeedPage> {
  const filters = options.filters ?? {};
  const query = {
    limit: options.limit,
    cursor: options.cursor ?? undefined,
    q: filters.q || undefined,
    campaignId: filters.campaignId || undefined,
    hashtag: filters.hashtag || undefined,
    hideShared: filters.hideShared ? ('true' as const) : undefined,
  };
  return unwrap(api.GET('/api/v1/feed', { params: { query }, signal: options.signal }));
}

/** The campaigns and hashtags of the caller's feed, to filter it by. */
export function getFeedTopics(signal?: AbortSignal): Promise<FeedTopics> {
  return unwrap(api.GET('/api/v1/feed/topics', { signal }));
}

/** A post of the caller's feed by id, or null when it is not (or no longer) in the feed. */
export async function findFeedItem(postId: string, signal?: AbortSignal): Promise<FeedItem | null> {
  try {
    return await unwrap(api.GET('/api/v1/feed/{postId}', { params: { path: { postId } }, signal }));
  } catch (error) {
    if (error instanceof ApiError && error.isNotFound) return null;
    throw error;
  }
}
