import { Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { OUTBOX_HANDLER_METADATA, OutboxEventHandler, OutboxHandlerMetadata } from './outbox-event-handler';

export interface RegisteredConsumer extends OutboxHandlerMetadata {
  handler: OutboxEventHandler;
}

/** Finds the `@HandlesEvent` providers of the application, once, on first use. */
@Injectable()
export class OutboxHandlerRegistry {
  private consumers: Map<string, RegisteredConsumer> | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  all(): RegisteredConsumer[] {
    return [...this.load().values()];
  }

  get(consumer: string): RegisteredConsumer {
    const found = this.load().get(consumer);
    if (!found) throw new Error(`No outbox consumer named "${consumer}"; known: ${[...this.load().keys()].join(', ') || 'none'}.`);
    return found;
  }

  /** The consumers of one event type, by name. */
  consumersOf(type: string): string[] {
    return this.all()
      .filter((c) => c.type === type)
      .map((c) => c.consumer);
  }

  private load(): Map<string, RegisteredConsumer> {
    if (this.consumers) return this.consumers;
    const consumers = new Map<string, RegisteredConsumer>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const metadata = this.reflector.get<OutboxHandlerMetadata | undefined>(OUTBOX_HANDLER_METADATA, wrapper.metatype);
      if (!metadata) continue;
      const known = consumers.get(metadata.consumer);
      // A module imported twice yields the same instance twice; two classes under one name are a mistake.
      if (known && known.handler !== wrapper.instance) throw new Error(`Two outbox consumers are named "${metadata.consumer}".`);
      consumers.set(metadata.consumer, { ...metadata, handler: wrapper.instance as OutboxEventHandler });
    }
    this.consumers = consumers;
    return consumers;
  }
}
