import { OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { Injectable } from '@nestjs/common';
import { RecipientFilter } from './notifications.repository';
import { NewNotification, NotificationsService } from './notifications.service';

/** Who hears of an event, and what they read. */
export interface FanOut {
  to: RecipientFilter;
  notification: Omit<NewNotification, 'userId' | 'organizationId'>;
}

/**
 * An outbox consumer that tells many people of each event of its type: a subclass (decorated
 * with `@HandlesEvent`) says who and what, or null for an event nobody hears of; the writing,
 * a page of recipients at a time and once per person (the dedupe key), is `fanOut`'s.
 */
@Injectable()
export abstract class FanOutConsumer<Payload> implements OutboxEventHandler {
  constructor(private readonly notifications: NotificationsService) {}

  protected abstract fanOutOf(payload: Payload): FanOut | null;

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    for (const event of events) {
      const fanOut = this.fanOutOf(event.payload as unknown as Payload);
      if (fanOut) await this.notifications.fanOut(manager, fanOut.to, fanOut.notification);
    }
  }
}
