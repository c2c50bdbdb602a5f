import { Clock } from '@chorus/config';
import { HandlesEvent, OutboxDelivery, OutboxEvent, OutboxEventHandler, OutboxRelay, OutboxRepository, Transactions } from '@chorus/db';
import { CoreModule } from '@chorus/platform';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource, In, QueryRunner } from 'typeorm';
import { createTestEnvironment, TestEnvironment } from '../support/test-env';
import { TestClock } from '../support/test-clock';

const postgres = Boolean(process.env.CHORUS_TEST_DATABASE_URL);
const HAPPENED = 'test.happened';

/** What each consumer was handed, across every relay (and process) of the test. */
const seen: Record<'alpha' | 'beta' | 'gamma', string[]> = { alpha: [], beta: [], gamma: [] };
/** Events a consumer refuses, with how many more times it refuses them. */
const failing: Record<'alpha' | 'beta', Map<string, number>> = { alpha: new Map(), beta: new Map() };

function take(consumer: 'alpha' | 'beta', events: OutboxEvent[]): void {
  for (const event of events) {
    const left = failing[consumer].get(event.id) ?? 0;
    if (left > 0) {
      failing[consumer].set(event.id, left - 1);
      throw new Error(`${consumer} refuses ${event.id} this time`);
    }
  }
  seen[consumer].push(...events.map((e) => e.id));
}

/** A consumer that handles several events per transaction. */
@HandlesEvent(HAPPENED, 'alpha', { batchSize: 5 })
class AlphaConsumer implements OutboxEventHandler {
  async handle(events: OutboxEvent[]): Promise<void> {
    take('alpha', events);
  }
}

/** A second consumer of the same type, one event at a time (as analytics will be beside points). */
@HandlesEvent(HAPPENED, 'beta')
class BetaConsumer implements OutboxEventHandler {
  async handle(events: OutboxEvent[]): Promise<void> {
    take('beta', events);
  }
}

@HandlesEvent('test.other', 'gamma')
class GammaConsumer implements OutboxEventHandler {
  async handle(events: OutboxEvent[]): Promise<void> {
    seen.gamma.push(...events.map((e) => e.id));
  }
}

interface Statement {
  sql: string;
  parameters: unknown[];
  rows: number;
}

/**
 * The generic outbox relay against the real database (SQLite in `npm test`, PostgreSQL in
 * `npm run test:services`), with consumers registered the way the application registers
 * them (`@HandlesEvent`) and nothing else running.
 */
describe(`outbox relay (${postgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let environment: TestEnvironment;
  let clock: TestClock;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let relay: OutboxRelay;

  async function start(runMigrations: boolean): Promise<INestApplicationContext> {
    const moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot(environment.config, { runMigrations })],
      providers: [AlphaConsumer, BetaConsumer, GammaConsumer],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    return moduleRef.createNestApplication({ logger: false }).init();
  }

  beforeAll(async () => {
    // Backoffs long enough that real time passing during the test never makes a retry due.
    environment = await createTestEnvironment({ JOB_RETRY_BASE_DELAY_MS: '60000' });
    clock = new TestClock();
    app = await start(true);
    dataSource = app.get(DataSource);
    relay = app.get(OutboxRelay);
  });

  afterAll(async () => {
    await app.close();
    await environment.dispose();
  });

  beforeEach(() => {
    for (const list of Object.values(seen)) list.length = 0;
    for (const map of Object.values(failing)) map.clear();
  });

  async function append(count: number, type = HAPPENED, context: INestApplicationContext = app): Promise<string[]> {
    const keys = Array.from({ length: count }, () => randomUUID());
    const outbox = context.get(OutboxRepository);
    await context.get(Transactions).run(async (manager) => {
      for (const key of keys) await outbox.append(manager, { type, organizationId: randomUUID(), dedupeKey: key, payload: { key }, at: clock.now() });
    });
    const events = await dataSource.getRepository(OutboxEvent).findBy({ type, dedupeKey: In(keys) });
    return events.map((e) => e.id);
  }

  /** Runs relays until neither has anything due. */
  async function drain(relays: OutboxRelay[] = [relay]): Promise<void> {
    for (let round = 0; round < 20; round++) {
      const results = await Promise.all(relays.map((r) => r.run()));
      if (results.every((byConsumer) => [...byConsumer.values()].every((r) => r.delivered + r.failed === 0))) return;
    }
    throw new Error('The relays did not settle in 20 rounds.');
  }

  const sorted = (ids: string[]) => [...ids].sort();
  const deliveriesOf = (ids: string[]) => dataSource.getRepository(OutboxDelivery).findBy({ eventId: In(ids) });

  it('hands every event of a type to each of its consumers exactly once, and only to them', async () => {
    const ids = await append(23);
    const other = await append(2, 'test.other');
    const unwanted = await append(1, 'test.nobody');
    // Writing the same fact twice is a no-op.
    const outbox = app.get(OutboxRepository);
    const again = await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: ids[0] });
    await app.get(Transactions).run((m) => outbox.append(m, { type: HAPPENED, organizationId: again.organizationId, dedupeKey: again.dedupeKey, payload: {}, at: clock.now() }));
    expect(await dataSource.getRepository(OutboxEvent).countBy({ type: HAPPENED, dedupeKey: again.dedupeKey })).toBe(1);

    await Promise.all([relay.run(), relay.run(), relay.run()]);
    await drain();

    expect(sorted(seen.alpha)).toEqual(sorted(ids));
    expect(sorted(seen.beta)).toEqual(sorted(ids));
    expect(sorted(seen.gamma)).toEqual(sorted(other));
    const deliveries = await deliveriesOf([...ids, ...other, ...unwanted]);
    expect(deliveries).toHaveLength(2 * ids.length + other.length);
    expect(deliveries.every((d) => d.deliveredAt instanceof Date && d.attempts === 1 && d.lastError === null)).toBe(true);
    const events = await dataSource.getRepository(OutboxEvent).findBy({ id: In([...ids, ...other, ...unwanted]) });
    expect(events.every((e) => e.relayedAt instanceof Date && e.consumedAt instanceof Date)).toBe(true);
    // A later run finds nothing to do.
    expect([...(await relay.run()).values()].every((r) => r.delivered === 0 && r.failed === 0)).toBe(true);
  });

  it('retries a failing consumer with growing backoff, while the other consumer and the other events go on', async () => {
    const ids = await append(12);
    const [poison, once] = ids;
    failing.beta.set(poison, 2);
    // Inside a batch of five, twice: the batch falls back to one transaction per event, and
    // this one fails there too while the four others of its batch go through.
    failing.alpha.set(once, 2);

    await relay.run();
    expect(sorted(seen.alpha)).toEqual(sorted(ids.filter((id) => id !== once)));
    expect(sorted(seen.beta)).toEqual(sorted(ids.filter((id) => id !== poison)));
    const first = await dataSource.getRepository(OutboxDelivery).findOneByOrFail({ eventId: poison, consumer: 'beta' });
    expect(first).toMatchObject({ deliveredAt: null, attempts: 1, lastError: `beta refuses ${poison} this time` });
    const base = environment.config.jobs.retryBaseDelayMs;
    expect(first.availableAt.getTime() - clock.now().getTime()).toBeGreaterThan(base / 2);
    expect((await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: poison })).consumedAt).toBeNull();

    // Not due yet: nothing happens, however often the relay runs.
    expect((await relay.run()).get('beta')).toEqual({ delivered: 0, failed: 0 });
    clock.advance(base);
    await relay.run();
    const second = await dataSource.getRepository(OutboxDelivery).findOneByOrFail({ eventId: poison, consumer: 'beta' });
    expect(second).toMatchObject({ deliveredAt: null, attempts: 2 });
    // The backoff doubled.
    expect(second.availableAt.getTime() - clock.now().getTime()).toBeGreaterThan(base * 1.5);
    expect(sorted(seen.alpha)).toEqual(sorted(ids));

    clock.advance(2 * base);
    await drain();
    expect(seen.beta.filter((id) => id === poison)).toHaveLength(1);
    expect(sorted(seen.beta)).toEqual(sorted(ids));
    expect(await dataSource.getRepository(OutboxDelivery).findOneByOrFail({ eventId: poison, consumer: 'beta' })).toMatchObject({ attempts: 3, lastError: null });
    expect((await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: poison })).consumedAt).toEqual(expect.any(Date));
  });

  (postgres ? it : it.skip)('never delivers an event twice to one consumer when two relays (two processes’ worth) run at once', async () => {
    const other = await start(false);
    try {
      const ids = await append(240);
      const before = { alpha: 0, beta: 0 };
      const split = await Promise.all(
        [relay, other.get(OutboxRelay)].map(async (r) => {
          const handled = { ...before };
          for (let round = 0; round < 30; round++) {
            const results = await r.run();
            handled.alpha += results.get('alpha')!.delivered;
            handled.beta += results.get('beta')!.delivered;
            if (results.get('alpha')!.delivered + results.get('beta')!.delivered === 0) break;
          }
          return handled;
        }),
      );
      await drain([relay, other.get(OutboxRelay)]);
      for (const consumer of ['alpha', 'beta'] as const) {
        expect(seen[consumer]).toHaveLength(ids.length);
        expect(sorted(seen[consumer])).toEqual(sorted(ids));
      }
      // Both relays did part of the work, so they really ran side by side.
      expect(split.every((s) => s.alpha + s.beta > 0)).toBe(true);
      expect((await deliveriesOf(ids)).every((d) => d.attempts === 1)).toBe(true);
    } finally {
      await other.close();
    }
  });

  /** Every statement the relay sends while `work` runs, with the rows each returned. */
  async function statementsDuring(work: () => Promise<unknown>): Promise<Statement[]> {
    const runner = dataSource.createQueryRunner();
    const prototype = Object.getPrototypeOf(runner) as QueryRunner;
    // PostgreSQL hands out a new runner from its pool; SQLite has one, shared.
    if (postgres) await runner.release();
    const original = prototype.query;
    const statements: Statement[] = [];
    prototype.query = async function (this: QueryRunner, sql: string, parameters?: unknown[], structured?: boolean) {
      const result = await (original as (this: QueryRunner, ...args: unknown[]) => Promise<{ records?: unknown[] } | unknown[]>).call(this, sql, parameters, structured);
      const rows = Array.isArray(result) ? result.length : Array.isArray(result?.records) ? result.records.length : 0;
      statements.push({ sql, parameters: parameters ?? [], rows });
      return result;
    } as QueryRunner['query'];
    try {
      await work();
    } finally {
      prototype.query = original;
    }
    return statements;
  }

  /** Already handled events and their deliveries, written directly, many at a time. */
  async function backlog(count: number): Promise<void> {
    const at = clock.now();
    for (let i = 0; i < count; i += 250) {
      const events = Array.from({ length: Math.min(250, count - i) }, () => ({
        id: randomUUID(),
        organizationId: randomUUID(),
        type: HAPPENED,
        dedupeKey: randomUUID(),
        payload: {},
        createdAt: at,
        relayedAt: at,
        consumedAt: at,
      }));
      await dataSource.getRepository(OutboxEvent).insert(events);
      await dataSource
        .getRepository(OutboxDelivery)
        .insert(events.flatMap((e) => ['alpha', 'beta'].map((consumer) => ({ eventId: e.id, consumer, attempts: 1, availableAt: at, deliveredAt: at, lastError: null, createdAt: at }))));
    }
    if (postgres) await dataSource.query('ANALYZE outbox_events, outbox_deliveries');
  }

  /** The plan of a statement names no full scan of an outbox table. */
  async function fullScansIn(statement: Statement): Promise<string[]> {
    if (postgres) {
      const [{ 'QUERY PLAN': plan }] = (await dataSource.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.parameters)) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
      const scans: string[] = [];
      const walk = (node: PlanNode) => {
        if (node['Node Type'] === 'Seq Scan' && /^outbox_/.test(node['Relation Name'] ?? '')) scans.push(`Seq Scan on ${node['Relation Name']}`);
        for (const child of node.Plans ?? []) walk(child);
      };
      walk(plan[0].Plan);
      return scans;
    }
    const plan = (await dataSource.query(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.parameters)) as { detail: string }[];
    // TypeORM's EXISTS wrapper scans its own one-row dummy table.
    return plan.map((row) => row.detail).filter((detail) => /^SCAN /.test(detail) && !/^SCAN (CONSTANT ROW|dummy_table)/.test(detail));
  }

  it('costs the same statements and rows per event whatever the backlog of handled events, reading only through indexes', async () => {
    const measure = async () => {
      await append(10);
      return statementsDuring(() => relay.run());
    };
    await drain();
    const small = await measure();
    await backlog(4000);
    const large = await measure();

    // Consumers run side by side, so only the multiset of statements is stable.
    const shape = (statements: Statement[]) => statements.map((s) => `${s.sql} -> ${s.rows} row(s)`).sort();
    expect(shape(large)).toEqual(shape(small));
    expect(large.reduce((sum, s) => sum + s.rows, 0)).toBeLessThan(100);
    expect(sorted(seen.alpha)).toHaveLength(20);

    const reads = large.filter((s) => /outbox_/.test(s.sql) && /^\s*(SELECT|UPDATE|WITH)/i.test(s.sql));
    expect(reads.length).toBeGreaterThan(5);
    for (const statement of reads) expect({ sql: statement.sql, scans: await fullScansIn(statement) }).toEqual({ sql: statement.sql, scans: [] });
  });
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}
