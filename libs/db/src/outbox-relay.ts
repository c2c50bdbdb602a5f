import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxHandlerRegistry, RegisteredConsumer } from './outbox-handler-registry';
import { OutboxRepository } from './outbox.repository';
import { Transactions } from './transactions';

export interface DeliveryResult {
  delivered: number;
  /** Deliveries that failed in this run; each waits out its backoff, then is tried again. */
  failed: number;
}

export interface RelayOptions {
  /** Only these consumers (all by default). */
  consumers?: string[];
  /** Per consumer and run, so that a run ends even while events keep coming. */
  maxEvents?: number;
}

/** Events moved from the outbox to consumers' deliveries per transaction. */
const RELAY_BATCH = 200;
const DEFAULT_MAX_EVENTS = 500;
/** A failing delivery is retried after base, 2×base, 4×base … but at least once an hour. */
const MAX_RETRY_DELAY_MS = 3600_000;

/**
 * The generic outbox relay. Each run first gives every new event one delivery row per
 * consumer of its type (the consumers' read markers), then lets each consumer work through
 * its own due deliveries: in batches of its `batchSize`, each batch in one transaction with
 * the handler's writes (one statement claims the batch and reads its events, one marks it
 * delivered), so a consumer sees every event exactly once. A failing batch is
 * retried event by event; a failing event waits out an exponential backoff (JOB_RETRY_BASE_DELAY_MS)
 * and never holds up other events or other consumers. Any number of relays may run at once:
 * on PostgreSQL their claims skip each other's locked rows (`FOR UPDATE SKIP LOCKED`).
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('Outbox');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: OutboxHandlerRegistry,
    private readonly repository: OutboxRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /**
   * One run: relays new events, then delivers to the consumers, all of them side by side. One
   * statement first asks whether anything waits (new events, each consumer's due deliveries), so
   * an idle run costs one statement however many consumers there are.
   */
  async run(options: RelayOptions = {}): Promise<Map<string, DeliveryResult>> {
    const consumers = options.consumers ? options.consumers.map((name) => this.registry.get(name)) : this.registry.all();
    const pending = await this.repository.pendingWork(consumers.map((c) => c.consumer), this.clock.now());
    const due = new Set(pending.due);
    if (pending.unrelayed) for (const consumer of await this.relayClaimed()) due.add(consumer);
    const settled: string[] = [];
    const results = await Promise.all(
      consumers.map(async (c) => [c.consumer, due.has(c.consumer) ? await this.deliver(c, options.maxEvents ?? DEFAULT_MAX_EVENTS, settled) : { delivered: 0, failed: 0 }] as const),
    );
    // After every delivering transaction of this run has committed (see settleConsumed).
    await this.repository.settleConsumed(settled, this.clock.now());
    return new Map(results);
  }

  /** Whether `consumer` still has to handle events that happened before `before`. */
  hasPendingBefore(consumer: string, before: Date): Promise<boolean> {
    return this.repository.hasPendingBefore(consumer, this.registry.get(consumer).type, before);
  }

  /** Gives each new event its deliveries; returns how many events were relayed. */
  async relayNew(): Promise<number> {
    if (!(await this.repository.hasUnrelayed())) return 0;
    let relayed = 0;
    await this.relayClaimed((count) => (relayed += count));
    return relayed;
  }

  /** Relays batches of new events until none is left; returns the consumers that got deliveries. */
  private async relayClaimed(counted: (events: number) => void = () => undefined): Promise<Set<string>> {
    const consumers = new Set<string>();
    for (;;) {
      const count = await this.transactions.run(async (manager) => {
        const events = await this.repository.claimUnrelayed(manager, RELAY_BATCH);
        if (events.length === 0) return 0;
        const now = this.clock.now();
        const deliveries = events.flatMap((event) =>
          // In event order where the clock allows; never later than now, so nothing waits.
          this.registry.consumersOf(event.type).map((consumer) => ({ eventId: event.id, consumer, availableAt: event.createdAt < now ? event.createdAt : now })),
        );
        await this.repository.addDeliveries(manager, deliveries, now);
        const unwanted = events.filter((event) => this.registry.consumersOf(event.type).length === 0).map((e) => e.id);
        await this.repository.markRelayed(manager, events.map((e) => e.id), unwanted, now);
        for (const delivery of deliveries) consumers.add(delivery.consumer);
        return events.length;
      });
      counted(count);
      if (count < RELAY_BATCH) return consumers;
    }
  }

  /** Works through the consumer's due deliveries; the events it handled are added to `settled`. */
  private async deliver(consumer: RegisteredConsumer, maxEvents: number, settled: string[]): Promise<DeliveryResult> {
    const result: DeliveryResult = { delivered: 0, failed: 0 };
    // Events that failed in this run are left to their backoff, even a very short one.
    const failedNow: string[] = [];
    while (result.delivered + result.failed < maxEvents) {
      const limit = Math.min(consumer.batchSize, maxEvents - result.delivered - result.failed);
      const batch: { claimed: OutboxEvent[] } = { claimed: [] };
      try {
        await this.transactions.run(async (manager) => {
          batch.claimed = await this.repository.claimDue(manager, consumer.consumer, this.clock.now(), limit, failedNow);
          if (batch.claimed.length === 0) return;
          await consumer.handler.handle(batch.claimed, { manager, consumer: consumer.consumer });
          await this.repository.markDelivered(manager, consumer.consumer, batch.claimed.map((e) => e.id), this.clock.now());
        });
      } catch (error) {
        const { claimed } = batch;
        if (claimed.length === 0) throw error;
        if (claimed.length === 1) {
          await this.recordFailure(consumer, claimed[0], error);
          failedNow.push(claimed[0].id);
          result.failed++;
        } else {
          // Which one failed is unknown: each gets a transaction of its own.
          for (const event of claimed) {
            const one = await this.deliverOne(consumer, event);
            if (one === 'delivered') {
              result.delivered++;
              settled.push(event.id);
            }
            if (one === 'failed') {
              failedNow.push(event.id);
              result.failed++;
            }
          }
        }
        continue;
      }
      if (batch.claimed.length === 0) break;
      result.delivered += batch.claimed.length;
      settled.push(...batch.claimed.map((e) => e.id));
      // A short batch was the last one due.
      if (batch.claimed.length < limit) break;
    }
    return result;
  }

  private async deliverOne(consumer: RegisteredConsumer, event: OutboxEvent): Promise<'delivered' | 'failed' | 'taken'> {
    const state = { claimed: false };
    try {
      await this.transactions.run(async (manager) => {
        // Claimed again: another relay may have delivered it since the batch rolled back.
        const current = await this.repository.claimOne(manager, consumer.consumer, event.id);
        if (!current) return;
        state.claimed = true;
        await consumer.handler.handle([current], { manager, consumer: consumer.consumer });
        await this.repository.markDelivered(manager, consumer.consumer, [event.id], this.clock.now());
      });
    } catch (error) {
      if (!state.claimed) throw error;
      await this.recordFailure(consumer, event, error);
      return 'failed';
    }
    return state.claimed ? 'delivered' : 'taken';
  }

  private async recordFailure(consumer: RegisteredConsumer, event: OutboxEvent, error: unknown): Promise<void> {
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      const attempts = await this.repository.attemptsOf(manager, consumer.consumer, event.id);
      const delay = Math.min(MAX_RETRY_DELAY_MS, this.config.jobs.retryBaseDelayMs * 2 ** attempts);
      const message = error instanceof Error ? error.message : String(error);
      await this.repository.markFailed(manager, consumer.consumer, event.id, new Date(now.getTime() + delay), message);
      this.logger.warn(`Consumer "${consumer.consumer}" failed on ${event.type} event ${event.id} (attempt ${attempts + 1}); retrying in ${delay} ms: ${error instanceof Error ? (error.stack ?? message) : message}`);
    });
  }
}
