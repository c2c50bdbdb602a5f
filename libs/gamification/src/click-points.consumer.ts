import { HandlesEvent, OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { SHARE_LINK_CLICKED, ShareLinkClickedEvent } from '@chorus/shares';
import { Logger } from '@nestjs/common';
import { SharePointsService } from './share-points.service';

/** The click points consumer's name on the outbox: its read marker. Never rename it. */
export const CLICK_POINTS_CONSUMER = 'click-points';

/**
 * Click points: counted clicks on a share's tracked link earn `perClick` each, within the
 * organisation's daily cap per share, once (the ledger's source is the first click's id). In
 * the relay's transaction, so the points and the delivery commit together.
 */
@HandlesEvent(SHARE_LINK_CLICKED, CLICK_POINTS_CONSUMER)
export class ClickPointsConsumer implements OutboxEventHandler {
  private readonly logger = new Logger('ClickPoints');

  constructor(private readonly sharePoints: SharePointsService) {}

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    for (const event of events) {
      const payload = event.payload as Partial<ShareLinkClickedEvent>;
      const occurredAt = new Date(payload.clickedAt ?? '');
      const valid =
        payload.organizationId === event.organizationId &&
        typeof payload.shareId === 'string' &&
        typeof payload.firstClickId === 'string' &&
        Number.isInteger(payload.units) &&
        (payload.units ?? 0) >= 1 &&
        !Number.isNaN(occurredAt.getTime());
      if (!valid) {
        this.logger.warn(`Outbox event ${event.id} is not a valid share.link_clicked event; it earns nothing.`);
        continue;
      }
      await this.sharePoints.awardInteractionIn(manager, {
        organizationId: event.organizationId,
        shareId: payload.shareId!,
        kind: 'click',
        sourceId: payload.firstClickId!,
        units: payload.units!,
        occurredAt,
      });
    }
  }
}
