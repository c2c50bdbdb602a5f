import { api } from './client';
import type { FeedItem, FeedPage } from './types';

export function getFeed(options: { limit?: number; cursor?: string | null; signal?: AbortSignal } = {}): Promise<FeedPage> {
  const query = new URLSearchParams();
  if (options.limit) query.set('limit', String(options.limit));
  if (options.cursor) query.set('cursor', options.cursor);
  const suffix = query.toString() ? `?${query}` : '';
  return api.get<FeedPage>(`/feed${suffix}`, { signal: options.signal });
}

/** A post of the caller's feed by id; the feed is the only place employees read posts from. */
export async function findFeedItem(postId: string, signal?: AbortSignal): Promise<FeedItem | null> {
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const result: FeedPage = await getFeed({ limit: 50, cursor, signal });
    const found = result.items.find((item) => item.id === postId);
    if (found) return found;
    if (!result.nextCursor) return null;
    cursor = result.nextCursor;
  }
  return null;
}
