import { fieldProblem, userMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { ContentRepository, FeedCursor, FeedFilter, FeedItemResponse, FeedPoints, FeedResponse, FeedTopicsResponse, mapFeedItem, Post } from '@chorus/content';
import { AuthUser } from '@chorus/identity';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { ShareStatus } from './share-status';
import { SharesRepository } from './shares.repository';

/** A share of mine in one of these means I already shared the post: it is out, or on its way out. */
export const ALREADY_SHARED_STATUSES: readonly ShareStatus[] = ['scheduled', 'publishing', 'published'];

/**
 * What a share of each post would earn if published now, by post id. Gamification provides it
 * (it sits above shares), so the card promises what the ledger will award.
 */
export type FeedPointsEstimate = (organizationId: string, posts: readonly Post[], at: Date) => Promise<Map<string, FeedPoints>>;

export interface FeedQuery {
  limit?: number;
  cursor?: string;
  q?: string;
  campaignId?: string;
  hashtag?: string;
  hideShared?: boolean;
}

/** The employee's feed: posts for their teams or everyone, each marked with their own share. */
@Injectable()
export class FeedService {
  private estimate: FeedPointsEstimate | null = null;

  constructor(
    private readonly content: ContentRepository,
    private readonly shares: SharesRepository,
    private readonly clock: Clock,
  ) {}

  /** Gamification registers how share points are counted (once, at start-up). */
  usePointsEstimate(estimate: FeedPointsEstimate): void {
    this.estimate = estimate;
  }

  /** One post of the feed, for the composer; a post that left it (expired, archived, not for my teams) is 404. */
  async item(actor: AuthUser, postId: string): Promise<FeedItemResponse> {
    const now = this.clock.now();
    const post = await this.content.findInFeedOf(actor.organizationId, actor.id, now, postId);
    if (!post) throw new NotFoundException(userMessage('feed.postNotInFeed'));
    const share = (await this.shares.latestOwnSharesOf(actor.organizationId, actor.id, [post.id])).get(post.id);
    const points = await this.pointsOf(actor.organizationId, [post], now);
    return mapFeedItem(post, share ? { id: share.id, status: share.status } : null, points.get(post.id) ?? null, isShared(share?.status));
  }

  async feed(actor: AuthUser, query: FeedQuery = {}): Promise<FeedResponse> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const now = this.clock.now();
    const filter: FeedFilter = { search: query.q, campaignId: query.campaignId, hashtag: query.hashtag, hideShared: query.hideShared, sharedStatuses: ALREADY_SHARED_STATUSES };
    const rows = await this.content.findFeedFor(actor.organizationId, actor.id, now, limit + 1, after, filter);
    const page = rows.slice(0, limit);
    const [mine, points] = await Promise.all([
      this.shares.latestOwnSharesOf(actor.organizationId, actor.id, page.map((row) => row.post.id)),
      this.pointsOf(
        actor.organizationId,
        page.map((row) => row.post),
        now,
      ),
    ]);
    const last = page[page.length - 1];
    return {
      items: page.map(({ post, shared }) => {
        const share = mine.get(post.id);
        return mapFeedItem(post, share ? { id: share.id, status: share.status } : null, points.get(post.id) ?? null, shared);
      }),
      nextCursor: rows.length > limit && last ? encodeCursor({ shared: last.shared, featured: last.post.featured, publishedAt: last.post.publishedAt!.toISOString(), id: last.post.id }) : null,
    };
  }

  /** The campaigns and hashtags of the posts in my feed, to filter it by. */
  async topics(actor: AuthUser): Promise<FeedTopicsResponse> {
    const { campaigns, hashtags } = await this.content.feedTopicsOf(actor.organizationId, actor.id, this.clock.now());
    return { campaigns: campaigns.map((c) => ({ id: c.id, name: c.name })), hashtags };
  }

  private async pointsOf(organizationId: string, posts: Post[], at: Date): Promise<Map<string, FeedPoints>> {
    if (!this.estimate || posts.length === 0) return new Map();
    return this.estimate(organizationId, posts, at);
  }
}

function isShared(status: string | undefined): boolean {
  return status !== undefined && (ALREADY_SHARED_STATUSES as readonly string[]).includes(status);
}

function encodeCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.shared ? 1 : 0, cursor.featured ? 1 : 0, cursor.publishedAt, cursor.id])).toString('base64url');
}

function decodeCursor(value: string): FeedCursor {
  try {
    const [shared, featured, publishedAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [number, number, string, string];
    if ((shared !== 0 && shared !== 1) || (featured !== 0 && featured !== 1) || typeof publishedAt !== 'string' || Number.isNaN(Date.parse(publishedAt)) || typeof id !== 'string') throw new Error('shape');
    return { shared: shared === 1, featured: featured === 1, publishedAt, id };
  } catch {
    throw new BadRequestException(fieldProblem('cursor', 'feed.invalidCursor'));
  }
}
