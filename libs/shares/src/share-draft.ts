import type { Share } from './share.entity';

/** What a share is made with; `at` is when. */
export type ShareDraftFields = Pick<Share, 'id' | 'organizationId' | 'userId' | 'postId' | 'connectionId' | 'network' | 'commentary' | 'finalText' | 'link' | 'title' | 'description'> &
  Partial<Pick<Share, 'trackingCode' | 'destinationUrl' | 'demo'>> & { at: Date };

/** A new share: a draft, nothing of its later life (approval, schedule, attempts, outcome) set yet. */
export function draftShare({ at, trackingCode = null, destinationUrl = null, demo = false, ...made }: ShareDraftFields): Share {
  return {
    ...made,
    trackingCode,
    destinationUrl,
    status: 'draft',
    approvedAt: null,
    approvedHash: null,
    approvedById: null,
    reviewNote: null,
    reviewedById: null,
    reviewedAt: null,
    scheduledAt: null,
    slotted: false,
    attemptId: null,
    leaseExpiresAt: null,
    attempts: 0,
    outcomeUnknown: false,
    publishedAt: null,
    externalId: null,
    lastError: null,
    cancelledReason: null,
    demo,
    createdAt: at,
    updatedAt: at,
  };
}
