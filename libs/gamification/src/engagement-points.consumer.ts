import { HandlesEvent } from '@chorus/db';
import { SHARE_ENGAGEMENT_GREW, ShareEngagementGrewEvent } from '@chorus/shares';
import { InteractionFields, InteractionPointsConsumer } from './interaction-points.consumer';
import { SharePointsService } from './share-points.service';

/** The engagement points consumer's name on the outbox: its read marker. Never rename it. */
export const ENGAGEMENT_POINTS_CONSUMER = 'engagement-points';

/**
 * Engagement points: each `share.engagement_grew` (a snapshot with more reactions, comments
 * and reshares than before) earns `perEngagement` per new one, within the organisation's daily
 * cap per share, once per snapshot (the ledger's source is the snapshot id).
 */
@HandlesEvent(SHARE_ENGAGEMENT_GREW, ENGAGEMENT_POINTS_CONSUMER)
export class EngagementPointsConsumer extends InteractionPointsConsumer<ShareEngagementGrewEvent> {
  constructor(sharePoints: SharePointsService) {
    super(sharePoints, 'engagement', SHARE_ENGAGEMENT_GREW);
  }

  protected fieldsOf(payload: Partial<ShareEngagementGrewEvent>): InteractionFields {
    return { ...payload, sourceId: payload.snapshotId, occurredAt: payload.capturedAt };
  }
}
