import { api, ApiError } from './client';
import type { FeedItem, FeedPage } from './types';

export function getFeed(options: { limit?: number; cursor?: string | null; signal?: AbortSignal } = {}): Promise<FeedPage> {
  const query = new URLSearchParams();
  if (options.limit) query.set('limit', String(options.limit));
  if (options.cursor) query.set('cursor', options.cursor);
  const suffix = query.toString() ? `?${query}` : '';
  return api.get<FeedPage>(`/feed${suffix}`, { signal: options.signal });
}

/** A post of the caller's feed by id, or null when it is not (or no longer) in the feed. */
export async function findFeedItem(postId: string, signal?: AbortSignal): Promise<FeedItem | null> {
  try {
    return await api.get<FeedItem>(`/feed/${encodeURIComponent(postId)}`, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.isNotFound) return null;
    throw error;
  }
}
