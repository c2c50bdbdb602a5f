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

/**
 * A read of a published share's engagement found more reactions, comments and reshares than
 * any read before it. Written by publishing with the snapshot; gamification turns it into
 * engagement points (capped per share per day).
 */
export const SHARE_ENGAGEMENT_GREW = 'share.engagement_grew';

export interface ShareEngagementGrewEvent {
  shareId: string;
  organizationId: string;
  /** The snapshot that showed the growth: the points' idempotency key. */
  snapshotId: string;
  network: string;
  /** New reactions + comments + reshares since the highest earlier total. */
  units: number;
  capturedAt: string;
}

/** Written with counted clicks of a share's tracked link (one event per share and flush of the click counter). */
export const SHARE_LINK_CLICKED = 'share.link_clicked';

export interface ShareLinkClickedEvent {
  shareId: string;
  organizationId: string;
  /** The first of the counted clicks: the points' idempotency key. */
  firstClickId: string;
  /** Counted clicks (repeats within 30 minutes, bots and previews are never counted). */
  units: number;
  /** The last of them. */
  clickedAt: string;
}
