import { HandlesEvent, OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { SHARE_ENGAGEMENT_GREW, ShareEngagementGrewEvent } from '@chorus/shares';
import { Logger } from '@nestjs/common';
import { SharePointsService } from './share-points.service';

/** The engagement points consumer's name on the outbox: its read marker. Never rename it. */
export const ENGAGEMENT_POINTS_CONSUMER = 'engagement-points';

/**
 * Engagement points: each `share.engagement_grew` (a snapshot with more reactions, comments
 * and reshares than before) earns `perEngagement` per new one, within the organisation's daily
 * cap per share, once per snapshot (the ledger's source is the snapshot id). In the relay's
 * transaction, so the points and the delivery commit together.
 */
@HandlesEvent(SHARE_ENGAGEMENT_GREW, ENGAGEMENT_POINTS_CONSUMER)
export class EngagementPointsConsumer implements OutboxEventHandler {
  private readonly logger = new Logger('EngagementPoints');

  constructor(private readonly sharePoints: SharePointsService) {}

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    for (const event of events) {
      const payload = event.payload as Partial<ShareEngagementGrewEvent>;
      const occurredAt = new Date(payload.capturedAt ?? '');
      const valid =
        payload.organizationId === event.organizationId &&
        typeof payload.shareId === 'string' &&
        typeof payload.snapshotId === 'string' &&
        Number.isInteger(payload.units) &&
        (payload.units ?? 0) >= 1 &&
        !Number.isNaN(occurredAt.getTime());
      if (!valid) {
        this.logger.warn(`Outbox event ${event.id} is not a valid share.engagement_grew event; it earns nothing.`);
        continue;
      }
      await this.sharePoints.awardInteractionIn(manager, {
        organizationId: event.organizationId,
        shareId: payload.shareId!,
        kind: 'engagement',
        sourceId: payload.snapshotId!,
        units: payload.units!,
        occurredAt,
      });
    }
  }
}
