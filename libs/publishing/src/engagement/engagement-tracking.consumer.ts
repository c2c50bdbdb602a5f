import { HandlesEvent, OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { SHARE_PUBLISHED } from '@chorus/shares';
import { EngagementService } from './engagement.service';

/** The outbox consumer name of engagement tracking: its read marker. Never rename it. */
export const ENGAGEMENT_TRACKING_CONSUMER = 'engagement-tracking';

/** Starts reading a share's engagement once it is published, in the relay's transaction. */
@HandlesEvent(SHARE_PUBLISHED, ENGAGEMENT_TRACKING_CONSUMER, { batchSize: 50 })
export class EngagementTrackingConsumer implements OutboxEventHandler {
  constructor(private readonly engagement: EngagementService) {}

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    await this.engagement.trackPublished(manager, events);
  }
}
