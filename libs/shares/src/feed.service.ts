import { fieldProblem, userMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { ContentRepository, FeedCursor, FeedItemResponse, FeedResponse, mapFeedItem } from '@chorus/content';
import { AuthUser } from '@chorus/identity';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { SharesRepository } from './shares.repository';

/** The employee's feed: posts for their teams or everyone, each marked with their own share. */
@Injectable()
export class FeedService {
  constructor(
    private readonly content: ContentRepository,
    private readonly shares: SharesRepository,
    private readonly clock: Clock,
  ) {}

  /** One post of the feed, for the composer; a post that left it (expired, archived, not for my teams) is 404. */
  async item(actor: AuthUser, postId: string): Promise<FeedItemResponse> {
    const post = await this.content.findInFeedOf(actor.organizationId, actor.id, this.clock.now(), postId);
    if (!post) throw new NotFoundException(userMessage('feed.postNotInFeed'));
    const share = (await this.shares.latestOwnSharesOf(actor.organizationId, actor.id, [post.id])).get(post.id);
    return mapFeedItem(post, share ? { id: share.id, status: share.status } : null);
  }

  async feed(actor: AuthUser, limit = 20, cursor?: string): Promise<FeedResponse> {
    const after = cursor ? decodeCursor(cursor) : null;
    const posts = await this.content.findFeedFor(actor.organizationId, actor.id, this.clock.now(), limit + 1, after);
    const page = posts.slice(0, limit);
    const mine = await this.shares.latestOwnSharesOf(actor.organizationId, actor.id, page.map((p) => p.id));
    const last = page[page.length - 1];
    return {
      items: page.map((post) => {
        const share = mine.get(post.id);
        return mapFeedItem(post, share ? { id: share.id, status: share.status } : null);
      }),
      nextCursor: posts.length > limit && last ? encodeCursor({ featured: last.featured, publishedAt: last.publishedAt!.toISOString(), id: last.id }) : null,
    };
  }
}

function encodeCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.featured ? 1 : 0, cursor.publishedAt, cursor.id])).toString('base64url');
}

function decodeCursor(value: string): FeedCursor {
  try {
    const [featured, publishedAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [number, string, string];
    if ((featured !== 0 && featured !== 1) || Number.isNaN(Date.parse(publishedAt)) || typeof id !== 'string') throw new Error('shape');
    return { featured: featured === 1, publishedAt, id };
  } catch {
    throw new BadRequestException(fieldProblem('cursor', 'feed.invalidCursor'));
  }
}
