import { createDataSource, HandlesEvent, OutboxDelivery, OutboxEvent, OutboxEventHandler, OutboxRelay } from '@chorus/db';
import { CHORUS_SCHEMA, CoreModule } from '@chorus/platform';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { createTestEnvironment, TestEnvironment } from '../support/test-env';

const handled: string[] = [];

/** Stands in for gamification's points consumer, under its name. */
@HandlesEvent('share.published', 'points')
class PointsStandIn implements OutboxEventHandler {
  async handle(events: OutboxEvent[]): Promise<void> {
    handled.push(...events.map((e) => e.id));
  }
}

/**
 * An installation that ran the single-consumer outbox upgrades: events the points consumer
 * had consumed stay consumed (relayed, with a delivered "points" row), pending ones reach the
 * consumers once, and the migration reverts to the old marker.
 */
const THIS_MIGRATION = 'OutboxConsumers1796160967750';

/** Undoes migrations, newest first, until this one is undone (later ones came after it). */
async function undoThroughThisMigration(dataSource: DataSource): Promise<void> {
  for (;;) {
    const applied = (await dataSource.query(`SELECT "name" FROM "migrations" ORDER BY "timestamp" DESC`)) as { name: string }[];
    if (!applied.some((m) => m.name === THIS_MIGRATION)) return;
    await dataSource.undoLastMigration({ transaction: 'each' });
  }
}

describe(`outbox consumers migration (${process.env.CHORUS_TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let environment: TestEnvironment;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  const consumedAt = new Date('2026-05-04T03:00:05Z');
  const ids = { consumed: [randomUUID(), randomUUID(), randomUUID()], pending: [randomUUID(), randomUUID()], other: randomUUID() };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    // The schema as it was before the migration, with events written by the old code.
    const before = createDataSource(environment.config.database, CHORUS_SCHEMA);
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    await undoThroughThisMigration(before);
    expect(await before.showMigrations()).toBe(true);
    const insert = (id: string, type: string, consumed: Date | null) =>
      before.query(
        `INSERT INTO "outbox_events" ("id", "organizationId", "type", "dedupeKey", "payload", "createdAt", "consumedAt") VALUES (${[1, 2, 3, 4, 5, 6, 7].map((n) => (before.options.type === 'postgres' ? `$${n}` : '?')).join(', ')})`,
        [id, randomUUID(), type, randomUUID(), '{}', before.options.type === 'postgres' ? new Date('2026-05-04T03:00:00Z') : '2026-05-04 03:00:00.000', consumed && (before.options.type === 'postgres' ? consumed : '2026-05-04 03:00:05.000')],
      );
    for (const id of ids.consumed) await insert(id, 'share.published', consumedAt);
    for (const id of ids.pending) await insert(id, 'share.published', null);
    await insert(ids.other, 'something.else', consumedAt);
    await before.destroy();

    const moduleRef = await Test.createTestingModule({ imports: [CoreModule.forRoot(environment.config, { runMigrations: true })], providers: [PointsStandIn] }).compile();
    app = await moduleRef.createNestApplication({ logger: false }).init();
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app.close();
    await environment.dispose();
  });

  it('keeps what points consumed as consumed and relays only what was pending', async () => {
    const events = new Map((await dataSource.getRepository(OutboxEvent).find()).map((e) => [e.id, e]));
    for (const id of [...ids.consumed, ids.other]) expect(events.get(id)).toMatchObject({ relayedAt: consumedAt, consumedAt });
    for (const id of ids.pending) expect(events.get(id)).toMatchObject({ relayedAt: null, consumedAt: null });
    const deliveries = await dataSource.getRepository(OutboxDelivery).find();
    expect(deliveries.map((d) => d.eventId).sort()).toEqual([...ids.consumed].sort());
    expect(deliveries.every((d) => d.consumer === 'points' && d.attempts === 1 && d.deliveredAt?.getTime() === consumedAt.getTime())).toBe(true);

    await app.get(OutboxRelay).run();
    expect(handled.sort()).toEqual([...ids.pending].sort());
    const after = await dataSource.getRepository(OutboxEvent).findBy({ id: In(ids.pending) });
    expect(after.every((e) => e.consumedAt instanceof Date)).toBe(true);
  });

  it('reverts to one consumed marker per event, and applies again', async () => {
    const pendingAgain = randomUUID();
    await dataSource.getRepository(OutboxEvent).insert({ id: pendingAgain, organizationId: randomUUID(), type: 'share.published', dedupeKey: randomUUID(), payload: {}, createdAt: consumedAt, relayedAt: null, consumedAt: null });
    await undoThroughThisMigration(dataSource);
    const rows = (await dataSource.query(`SELECT "id", "consumedAt" FROM "outbox_events"`)) as { id: string; consumedAt: unknown }[];
    const consumed = new Map(rows.map((r) => [r.id, r.consumedAt !== null]));
    for (const id of [...ids.consumed, ...ids.pending, ids.other]) expect(consumed.get(id)).toBe(true);
    expect(consumed.get(pendingAgain)).toBe(false);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.getRepository(OutboxDelivery).countBy({ consumer: 'points' })).toBe(ids.consumed.length + ids.pending.length);
    expect(await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: pendingAgain })).toMatchObject({ relayedAt: null, consumedAt: null });
  });
});
