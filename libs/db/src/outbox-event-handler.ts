import { Injectable, SetMetadata, applyDecorators } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';

export const OUTBOX_HANDLER_METADATA = 'chorus:outbox-handler';

export interface OutboxHandlerOptions {
  /**
   * Events handed over in one call and one transaction. More than 1 only when handling them
   * together is the same as one after the other; a failing batch is retried one by one.
   */
  batchSize?: number;
}

export interface OutboxHandlerMetadata {
  type: string;
  /** The read marker's name: unique, and never renamed (its deliveries would start again). */
  consumer: string;
  batchSize: number;
}

export interface OutboxDeliveryContext {
  /** The relay's transaction: the handler's writes commit together with the delivery. */
  manager: EntityManager;
  consumer: string;
}

/** A consumer of one event type. It throws to have the events retried (with backoff). */
export interface OutboxEventHandler {
  handle(events: OutboxEvent[], context: OutboxDeliveryContext): Promise<void>;
}

/**
 * Marks a provider as the consumer `consumer` of events of `type`, the way `@HandlesJob`
 * marks job handlers. Every event of the type reaches every consumer once.
 */
export function HandlesEvent(type: string, consumer: string, options: OutboxHandlerOptions = {}): ClassDecorator {
  const batchSize = options.batchSize ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize of consumer "${consumer}" must be a whole number of at least 1.`);
  return applyDecorators(Injectable(), SetMetadata(OUTBOX_HANDLER_METADATA, { type, consumer, batchSize } satisfies OutboxHandlerMetadata));
}
