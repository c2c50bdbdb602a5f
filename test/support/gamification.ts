import { Clock } from '@chorus/config';
import { Post } from '@chorus/content';
import { OutboxEvent } from '@chorus/db';
import { SharePointsService } from '@chorus/gamification';
import { User } from '@chorus/identity';
import { draftShare, Share, SHARE_PUBLISHED, sharePublishedEvent } from '@chorus/shares';
import { randomUUID } from 'node:crypto';
import { TestApp } from './test-app';

export interface PublishedShareInput {
  email: string;
  postId: string;
  commentary?: string;
  publishedAt?: Date;
  network?: string;
  /** Anything but 'published' writes a share that never went out (with a forged event). */
  status?: string;
}

/**
 * What the publisher leaves behind after a confirmed publish: the share marked published and
 * its `share.published` outbox event, in one transaction (as PublishingService does). Tests
 * that are not about the publish path itself start from here; the real path through the
 * LinkedIn sandbox is covered in gamification-publishing.e2e-spec.ts.
 */
export async function publishedShare(t: TestApp, input: PublishedShareInput): Promise<Share> {
  const user = await t.dataSource.getRepository(User).findOneByOrFail({ email: input.email });
  const post = await t.dataSource.getRepository(Post).findOneByOrFail({ id: input.postId });
  const publishedAt = input.publishedAt ?? t.app.get(Clock).now();
  const text = input.commentary ?? post.suggestedCommentary;
  const draft = draftShare({
    id: randomUUID(),
    organizationId: user.organizationId,
    userId: user.id,
    postId: post.id,
    connectionId: randomUUID(),
    network: input.network ?? 'linkedin',
    commentary: text,
    finalText: text,
    link: post.url,
    title: post.title,
    description: post.description,
    at: publishedAt,
  });
  const share: Share = {
    ...draft,
    status: input.status ?? 'published',
    approvedAt: publishedAt,
    approvedById: user.id,
    scheduledAt: publishedAt,
    attempts: 1,
    publishedAt: input.status && input.status !== 'published' ? null : publishedAt,
    externalId: `urn:li:share:${Math.floor(Math.random() * 1e12)}`,
  };
  // A share that never went out still gets its (forged) event, dated as if it had.
  const payload = sharePublishedEvent({ ...share, publishedAt });
  await t.dataSource.transaction(async (manager) => {
    await manager.getRepository(Share).insert(share);
    await manager.getRepository(OutboxEvent).insert({
      id: randomUUID(),
      organizationId: share.organizationId,
      type: SHARE_PUBLISHED,
      dedupeKey: share.id,
      payload: payload as never,
      createdAt: publishedAt,
      consumedAt: null,
    });
  });
  return share;
}

/**
 * Runs the points consumer now, as the worker's tick would, and waits until no `share.published`
 * event is left for it: on PostgreSQL a background tick may hold some of them (SKIP LOCKED), and
 * their points land only when that tick commits.
 */
export async function awardPendingPoints(t: TestApp): Promise<void> {
  const points = t.app.get(SharePointsService);
  const deadline = Date.now() + 15_000;
  await points.consumePublished();
  while (await points.hasPendingBefore(new Date(8.64e15))) {
    if (Date.now() > deadline) throw new Error('share.published events still wait for their points after 15 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await points.consumePublished();
  }
}

/** A published post worth `points` (null = the organisation's rule), created directly. */
export async function pointsPost(t: TestApp, title: string, points: number | null, extra: Partial<Post> = {}): Promise<Post> {
  const curator = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'curator@demo.chorus' });
  const now = t.app.get(Clock).now();
  const post: Post = {
    id: randomUUID(),
    organizationId: curator.organizationId,
    campaignId: null,
    title,
    url: `https://example.com/${encodeURIComponent(title)}`,
    description: null,
    suggestedCommentary: `Read about ${title}.`,
    variants: {},
    hashtags: [],
    imageUrl: null,
    targetsEveryone: true,
    status: 'published',
    publishAt: null,
    expiresAt: null,
    featured: false,
    points,
    requireOwnCommentary: false,
    createdById: curator.id,
    publishedAt: now,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
    ...extra,
  };
  await t.dataSource.getRepository(Post).insert(post);
  return post;
}
