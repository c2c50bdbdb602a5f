import { OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { Injectable, Logger } from '@nestjs/common';
import { InteractionKind, SharePointsService } from './share-points.service';

/** What an interaction event's payload says: the share, what identifies it in the ledger, how many and when. */
export interface InteractionFields {
  organizationId?: unknown;
  shareId?: unknown;
  sourceId?: unknown;
  units?: unknown;
  occurredAt?: unknown;
}

/**
 * An outbox consumer that awards points for interactions with a published share (clicks,
 * engagement): a subclass (decorated with `@HandlesEvent`) names the kind and reads its
 * event's fields; checking them and awarding through the ledger (once per source, within the
 * organisation's daily cap per share) in the relay's transaction is this class's. An event whose
 * fields do not hold up earns nothing and is logged, never retried.
 */
@Injectable()
export abstract class InteractionPointsConsumer<Payload> implements OutboxEventHandler {
  private readonly logger: Logger;

  constructor(
    private readonly sharePoints: SharePointsService,
    private readonly kind: InteractionKind,
    private readonly eventType: string,
  ) {
    this.logger = new Logger(`${kind === 'click' ? 'Click' : 'Engagement'}Points`);
  }

  protected abstract fieldsOf(payload: Partial<Payload>): InteractionFields;

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    for (const event of events) {
      const { organizationId, shareId, sourceId, units, occurredAt } = this.fieldsOf(event.payload as Partial<Payload>);
      const at = new Date(typeof occurredAt === 'string' ? occurredAt : '');
      const valid =
        organizationId === event.organizationId &&
        typeof shareId === 'string' &&
        typeof sourceId === 'string' &&
        typeof units === 'number' &&
        Number.isInteger(units) &&
        units >= 1 &&
        !Number.isNaN(at.getTime());
      if (!valid) {
        this.logger.warn(`Outbox event ${event.id} is not a valid ${this.eventType} event; it earns nothing.`);
        continue;
      }
      await this.sharePoints.awardInteractionIn(manager, { organizationId: event.organizationId, shareId, kind: this.kind, sourceId, units, occurredAt: at });
    }
  }
}
