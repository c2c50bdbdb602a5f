import { HandlesEvent, OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { SHARE_PUBLISHED } from '@chorus/shares';
import { POINTS_CONSUMER } from './points-consumer';
import { SharePointsService } from './share-points.service';

/**
 * The points consumer of `share.published`: awards run in the relay's transaction, so the
 * points and the delivery commit together. Batched: one ledger write per organisation.
 */
@HandlesEvent(SHARE_PUBLISHED, POINTS_CONSUMER, { batchSize: 50 })
export class PublishedSharePointsConsumer implements OutboxEventHandler {
  constructor(private readonly sharePoints: SharePointsService) {}

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    await this.sharePoints.awardPublishedShares(manager, events);
  }
}
