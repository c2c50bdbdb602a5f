import type { Share } from './share.entity';

/**
 * Domain events about shares, written to the outbox in the transaction of the change they
 * announce. They live here, beside the lifecycle, so that their writer (publishing) and their
 * consumers (gamification, later analytics) both depend downward on shares.
 */
export const SHARE_PUBLISHED = 'share.published';

/** The `share.published` payload: a confirmed publish, with the network's id of the post. */
export interface SharePublishedEvent {
  shareId: string;
  organizationId: string;
  userId: string;
  postId: string;
  network: string;
  externalId: string;
  publishedAt: string;
}

/** The payload announcing a share that went out (its `externalId` and `publishedAt` are set). */
export function sharePublishedEvent(share: Share): SharePublishedEvent {
  return {
    shareId: share.id,
    organizationId: share.organizationId,
    userId: share.userId,
    postId: share.postId,
    network: share.network,
    externalId: share.externalId!,
    publishedAt: share.publishedAt!.toISOString(),
  };
}
