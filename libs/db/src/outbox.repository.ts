import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { OutboxDelivery } from './outbox-delivery.entity';
import { OutboxEvent } from './outbox-event.entity';

export interface NewOutboxEvent {
  type: string;
  organizationId: string;
  /** With the type, identifies the fact: writing it again is a no-op. */
  dedupeKey: string;
  payload: object;
  at: Date;
}

/** Longest error text kept on a delivery; the log has the whole stack. */
const ERROR_LIMIT = 2000;
/** Events marked consumed per statement. */
const SETTLE_BATCH = 500;

/**
 * The outbox's SQL. Every read the relay repeats is an index range over rows still to do
 * (`relayedAt IS NULL`, a consumer's undelivered rows), so its cost per event does not grow
 * with the events already handled. On PostgreSQL, claims skip rows another relay holds.
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes an event in the caller's transaction (the one of the change it announces). */
  async append(manager: EntityManager, event: NewOutboxEvent): Promise<void> {
    await this.appendMany(manager, [event]);
  }

  /** Several events in one statement (fan-outs); the caller keeps batches to a few hundred. */
  async appendMany(manager: EntityManager, events: NewOutboxEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEvent)
      .values(
        events.map((event) => ({
          id: randomUUID(),
          organizationId: event.organizationId,
          type: event.type,
          dedupeKey: event.dedupeKey,
          payload: event.payload as never,
          createdAt: event.at,
          relayedAt: null,
          consumedAt: null,
        })),
      )
      .orIgnore()
      .execute();
  }

  /** Whether any event waits for the relay; read without a transaction, so idle ticks stay cheap. */
  hasUnrelayed(): Promise<boolean> {
    return this.dataSource.getRepository(OutboxEvent).createQueryBuilder('event').where('event.relayedAt IS NULL').getExists();
  }

  /** The oldest events not yet relayed, locked for this transaction. */
  claimUnrelayed(manager: EntityManager, limit: number): Promise<OutboxEvent[]> {
    const query = manager.getRepository(OutboxEvent).createQueryBuilder('event').where('event.relayedAt IS NULL').orderBy('event.createdAt', 'ASC').limit(limit);
    if (isPostgres(manager)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    return query.getMany();
  }

  async addDeliveries(manager: EntityManager, deliveries: Pick<OutboxDelivery, 'eventId' | 'consumer' | 'availableAt'>[], at: Date): Promise<void> {
    if (deliveries.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxDelivery)
      .values(deliveries.map((d) => ({ ...d, attempts: 0, deliveredAt: null, lastError: null, createdAt: at })))
      .orIgnore()
      .execute();
  }

  /** Relayed; an event no consumer wants is also consumed. */
  async markRelayed(manager: EntityManager, ids: string[], unwanted: string[], at: Date): Promise<void> {
    if (ids.length > 0) await manager.createQueryBuilder().update(OutboxEvent).set({ relayedAt: at }).where({ id: In(ids) }).execute();
    if (unwanted.length > 0) await manager.createQueryBuilder().update(OutboxEvent).set({ consumedAt: at }).where({ id: In(unwanted) }).execute();
  }

  /**
   * In one statement, without a transaction (so idle ticks stay cheap): whether any event waits
   * for the relay, and which of these consumers have a delivery due now. Each part is one probe
   * of an index.
   */
  async pendingWork(consumers: string[], now: Date): Promise<{ unrelayed: boolean; due: string[] }> {
    const parameters: Record<string, unknown> = { now };
    const parts = ['SELECT CAST(\'\' AS varchar) AS "consumer" WHERE EXISTS (SELECT 1 FROM "outbox_events" WHERE "relayedAt" IS NULL)'];
    consumers.forEach((consumer, i) => {
      parameters[`consumer${i}`] = consumer;
      parts.push(
        `SELECT CAST(:consumer${i} AS varchar) AS "consumer" WHERE EXISTS (SELECT 1 FROM "outbox_deliveries" WHERE "consumer" = :consumer${i} AND "deliveredAt" IS NULL AND "availableAt" <= :now)`,
      );
    });
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(parts.join(' UNION ALL '), parameters);
    const rows = (await this.dataSource.query(sql, values)) as { consumer: string }[];
    return { unrelayed: rows.some((row) => row.consumer === ''), due: rows.map((row) => row.consumer).filter(Boolean) };
  }

  /**
   * The consumer's due deliveries' events, oldest first, in one statement, the deliveries locked
   * for this transaction (PostgreSQL: skipping those another relay holds).
   */
  async claimDue(manager: EntityManager, consumer: string, now: Date, limit: number, skip: string[]): Promise<OutboxEvent[]> {
    const query = manager
      .getRepository(OutboxEvent)
      .createQueryBuilder('event')
      .innerJoin(OutboxDelivery, 'delivery', 'delivery.eventId = event.id')
      .where('delivery.consumer = :consumer AND delivery.deliveredAt IS NULL AND delivery.availableAt <= :now', { consumer, now })
      .orderBy('delivery.availableAt', 'ASC')
      .addOrderBy('delivery.eventId', 'ASC')
      .limit(limit);
    if (skip.length > 0) query.andWhere('delivery.eventId NOT IN (:...skip)', { skip });
    if (isPostgres(manager)) query.setLock('pessimistic_write', undefined, ['delivery']).setOnLocked('skip_locked');
    return query.getMany();
  }

  /** One undelivered delivery's event, locked; null when it is delivered or another relay holds it. */
  async claimOne(manager: EntityManager, consumer: string, eventId: string): Promise<OutboxEvent | null> {
    const query = manager
      .getRepository(OutboxDelivery)
      .createQueryBuilder('delivery')
      .select('delivery.eventId', 'eventId')
      .where('delivery.consumer = :consumer AND delivery.eventId = :eventId AND delivery.deliveredAt IS NULL', { consumer, eventId });
    if (isPostgres(manager)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    const row = await query.getRawOne<{ eventId: string }>();
    return row ? ((await this.eventsInOrder(manager, [row.eventId]))[0] ?? null) : null;
  }

  async attemptsOf(manager: EntityManager, consumer: string, eventId: string): Promise<number> {
    const row = await manager.getRepository(OutboxDelivery).findOne({ where: { consumer, eventId }, select: { attempts: true } });
    return row?.attempts ?? 0;
  }

  async markDelivered(manager: EntityManager, consumer: string, eventIds: string[], at: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(OutboxDelivery)
      .set({ deliveredAt: at, attempts: () => '"attempts" + 1', lastError: null })
      .where({ consumer, eventId: In(eventIds) })
      .andWhere('"deliveredAt" IS NULL')
      .execute();
  }

  /** A failed try: the delivery waits until `retryAt`. A delivery that succeeded meanwhile stays as it is. */
  async markFailed(manager: EntityManager, consumer: string, eventId: string, retryAt: Date, error: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(OutboxDelivery)
      .set({ attempts: () => '"attempts" + 1', availableAt: retryAt, lastError: error.slice(0, ERROR_LIMIT) })
      .where({ consumer, eventId })
      .andWhere('"deliveredAt" IS NULL')
      .execute();
  }

  /**
   * Marks events consumed once no delivery of theirs is pending. Runs after the delivering
   * transaction commits, so of two consumers finishing together the later one sees both.
   */
  async settleConsumed(eventIds: string[], at: Date): Promise<void> {
    const ids = [...new Set(eventIds)];
    for (let i = 0; i < ids.length; i += SETTLE_BATCH) {
      await this.dataSource
        .createQueryBuilder()
        .update(OutboxEvent)
        .set({ consumedAt: at })
        .where({ id: In(ids.slice(i, i + SETTLE_BATCH)) })
        .andWhere('"consumedAt" IS NULL')
        .andWhere('NOT EXISTS (SELECT 1 FROM "outbox_deliveries" "pending" WHERE "pending"."eventId" = "outbox_events"."id" AND "pending"."deliveredAt" IS NULL)')
        .execute();
    }
  }

  /**
   * Whether the consumer still has work for events of `type` that happened before `before`:
   * not yet relayed, or relayed and not yet delivered to it.
   */
  async hasPendingBefore(consumer: string, type: string, before: Date): Promise<boolean> {
    const unrelayed = await this.dataSource
      .getRepository(OutboxEvent)
      .createQueryBuilder('event')
      .where('event.relayedAt IS NULL AND event.type = :type AND event.createdAt < :before', { type, before })
      .getExists();
    if (unrelayed) return true;
    return this.dataSource
      .getRepository(OutboxDelivery)
      .createQueryBuilder('delivery')
      .innerJoin(OutboxEvent, 'event', 'event.id = delivery.eventId')
      .where('delivery.consumer = :consumer AND delivery.deliveredAt IS NULL', { consumer })
      .andWhere('event.createdAt < :before', { before })
      .getExists();
  }

  private async eventsInOrder(manager: EntityManager, ids: string[]): Promise<OutboxEvent[]> {
    if (ids.length === 0) return [];
    const events = new Map((await manager.getRepository(OutboxEvent).findBy({ id: In(ids) })).map((e) => [e.id, e]));
    return ids.filter((id) => events.has(id)).map((id) => events.get(id)!);
  }

}

function isPostgres(manager: EntityManager): boolean {
  return manager.connection.options.type === 'postgres';
}
