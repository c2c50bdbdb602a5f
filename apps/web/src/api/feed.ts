import { api, ApiError, unwrap } from './client';
import type { FeedItem, FeedPage } from './models';

export function getFeed(options: { limit?: number; cursor?: string | null; signal?: AbortSignal } = {}): Promise<FeedPage> {
  return unwrap(api.GET('/api/v1/feed', { params: { query: { limit: options.limit, cursor: options.cursor ?? undefined } }, signal: options.signal }));
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
