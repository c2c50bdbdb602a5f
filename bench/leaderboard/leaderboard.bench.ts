/**
 * Leaderboard benchmark: seeds one organisation with 100,000 users and 2,000,000 point
 * events (with the period totals, score counts and balances they imply), then measures
 *   - awarding throughput: events/s through PointsLedger.record, the path every award takes;
 *   - "top 50 + my rank": p50/p99 of LeaderboardService.board for random callers, per period;
 * on SQLite (a temp file) and PostgreSQL (a temp database, created and dropped).
 *
 *   npm run bench:leaderboard [-- --users 100000 --events 2000000 --only sqlite|postgres]
 *
 * PostgreSQL: CHORUS_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 * Seeding bypasses the award path (bulk inserts of what it would have written) so that it
 * takes a minute, not hours; the seeded totals are checked against the ledger before measuring.
 */
import 'reflect-metadata';
import { Clock } from '@chorus/config';
import { DatabaseType, OutboxRelay, Transactions } from '@chorus/db';
import { BadgesRepository, BadgesService, LeaderboardRepository, LeaderboardService, LedgerRepository, periodKeysAt, PointsLedger } from '@chorus/gamification';
import { AuthUser, IdentityRepository, Role } from '@chorus/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bulkInsert, bulkLoad, freshDatabase, loadAverage, percentile, random, Row } from '../support/bulk-load';

const NOW = new Date('2026-11-15T05:00:00Z');
const YEAR_START = Date.parse('2025-12-31T17:00:00Z'); // 1 January 2026 in Jakarta
const JAKARTA_OFFSET_MS = 7 * 3600_000; // Asia/Jakarta has no daylight saving time
const PERIODS = ['all', 'month', 'quarter'] as const;

interface Options {
  users: number;
  events: number;
  awards: number;
  reads: number;
  concurrency: number;
  only: DatabaseType | null;
}

function options(): Options {
  const args = process.argv.slice(2);
  const value = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const onlyIndex = args.indexOf('--only');
  return {
    users: value('users', 100_000),
    events: value('events', 2_000_000),
    awards: value('awards', 5_000),
    reads: value('reads', 1_000),
    concurrency: value('concurrency', 8),
    only: onlyIndex >= 0 ? (args[onlyIndex + 1] as DatabaseType) : null,
  };
}

class FixedClock extends Clock {
  now(): Date {
    return new Date(NOW);
  }
}

function keysOf(ms: number): { month: string; quarter: string } {
  const local = new Date(ms + JAKARTA_OFFSET_MS);
  const month = local.getUTCMonth();
  return { month: `${local.getUTCFullYear()}-${String(month + 1).padStart(2, '0')}`, quarter: `${local.getUTCFullYear()}-Q${Math.floor(month / 3) + 1}` };
}

interface Seeded {
  organizationId: string;
  userIds: string[];
}

async function seed(dataSource: DataSource, o: Options): Promise<Seeded> {
  let seeded: Seeded | null = null;
  await bulkLoad(dataSource, ['users', 'point_events', 'point_totals', 'point_score_counts', 'point_balances'], async () => {
    seeded = await load(dataSource, o);
  });
  await dataSource.query(dataSource.options.type === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE');
  return seeded!;
}

async function load(dataSource: DataSource, o: Options): Promise<Seeded> {
  const rand = random(42);
  const organizationId = randomUUID();
  const created = new Date('2025-06-01T00:00:00Z');
  await bulkInsert(
    dataSource,
    'organizations',
    [
      ['id', 'text'],
      ['name', 'text'],
      ['slug', 'text'],
      ['timezone', 'text'],
      ['defaultLocale', 'text'],
      ['dailyShareLimit', 'int'],
      ['disclosureMode', 'text'],
      ['employeesSeeLeaderboard', 'bool'],
      ['createdAt', 'timestamptz'],
      ['updatedAt', 'timestamptz'],
    ],
    [[organizationId, 'Bench', 'bench', 'Asia/Jakarta', 'en', 3, 'append', true, created, created]],
  );
  const userIds = Array.from({ length: o.users }, () => randomUUID());
  // Half a percent opted out: they are in the ledger but on no board.
  const optedOut = userIds.map(() => rand() < 0.005);
  await bulkInsert(
    dataSource,
    'users',
    [
      ['id', 'text'],
      ['organizationId', 'text'],
      ['email', 'text'],
      ['name', 'text'],
      ['roles', 'text'],
      ['status', 'text'],
      ['timezone', 'text'],
      ['locale', 'text'],
      ['leaderboardOptOut', 'bool'],
      ['leaderboardExcluded', 'bool'],
      ['weeklySlots', 'text'],
      ['createdAt', 'timestamptz'],
      ['updatedAt', 'timestamptz'],
    ],
    userIds.map((id, i) => [id, organizationId, `user${i}@bench.chorus`, `User ${i}`, 'employee', 'active', 'Asia/Jakarta', 'en', optedOut[i], false, '[]', created, created]),
  );

  // Activity is skewed: a few people share a lot, most a little (user = floor(n * r²)).
  const kinds: [string, () => number][] = [
    ['share_published', () => 10 + 5 * Math.floor(rand() * 5)],
    ['own_commentary', () => 5],
    ['click', () => 1],
    ['engagement', () => 2 * (1 + Math.floor(rand() * 3))],
  ];
  const totals = new Map<string, { user: number; period: string; key: string; points: number; reachedAt: number }>();
  const balances = new Float64Array(o.users);
  const span = NOW.getTime() - YEAR_START;
  const batch = 200_000;
  for (let start = 0; start < o.events; start += batch) {
    const rows: Row[] = [];
    for (let j = start; j < Math.min(o.events, start + batch); j++) {
      const user = Math.floor(o.users * rand() * rand());
      const roll = rand();
      const [kind, points] = kinds[roll < 0.4 ? 0 : roll < 0.55 ? 1 : roll < 0.85 ? 2 : 3];
      const value = points();
      const at = YEAR_START + Math.floor(rand() * span);
      rows.push([randomUUID(), organizationId, userIds[user], kind, `bench:${j}`, value, null, new Date(at), new Date(at)]);
      balances[user] += value;
      const keys = keysOf(at);
      for (const [period, key] of [['all', 'all'], ['month', keys.month], ['quarter', keys.quarter]] as const) {
        const id = `${user}|${period}|${key}`;
        const total = totals.get(id) ?? { user, period, key, points: 0, reachedAt: 0 };
        total.points += value;
        total.reachedAt = Math.max(total.reachedAt, at);
        totals.set(id, total);
      }
    }
    await bulkInsert(
      dataSource,
      'point_events',
      [
        ['id', 'text'],
        ['organizationId', 'text'],
        ['userId', 'text'],
        ['kind', 'text'],
        ['source', 'text'],
        ['points', 'int'],
        ['shareId', 'text'],
        ['occurredAt', 'timestamptz'],
        ['createdAt', 'timestamptz'],
      ],
      rows,
    );
    process.stdout.write(`\r  point events: ${Math.min(o.events, start + batch).toLocaleString('en')} / ${o.events.toLocaleString('en')}`);
  }
  process.stdout.write('\n');
  const scoreCounts = new Map<string, number>();
  const totalRows: Row[] = [];
  for (const t of totals.values()) {
    const visible = !optedOut[t.user];
    totalRows.push([userIds[t.user], t.period, t.key, organizationId, t.points, visible, new Date(t.reachedAt)]);
    if (visible) scoreCounts.set(`${t.period}|${t.key}|${t.points}`, (scoreCounts.get(`${t.period}|${t.key}|${t.points}`) ?? 0) + 1);
  }
  await bulkInsert(
    dataSource,
    'point_totals',
    [
      ['userId', 'text'],
      ['period', 'text'],
      ['periodKey', 'text'],
      ['organizationId', 'text'],
      ['points', 'int'],
      ['visible', 'bool'],
      ['reachedAt', 'timestamptz'],
    ],
    totalRows,
  );
  await bulkInsert(
    dataSource,
    'point_score_counts',
    [
      ['organizationId', 'text'],
      ['period', 'text'],
      ['periodKey', 'text'],
      ['points', 'int'],
      ['users', 'int'],
    ],
    [...scoreCounts.entries()].map(([id, users]) => {
      const [period, key, points] = id.split('|');
      return [organizationId, period, key, Number(points), users];
    }),
  );
  await bulkInsert(
    dataSource,
    'point_balances',
    [
      ['userId', 'text'],
      ['organizationId', 'text'],
      ['balance', 'int'],
      ['updatedAt', 'timestamptz'],
    ],
    userIds.flatMap((id, i): Row[] => (balances[i] > 0 ? [[id, organizationId, balances[i], NOW]] : [])),
  );
  console.log(`  ${totalRows.length.toLocaleString('en')} period totals, ${scoreCounts.size.toLocaleString('en')} score counts`);
  return { organizationId, userIds };
}

/** The seeded totals are what the award path would have written: check a sample against the ledger. */
async function verify(dataSource: DataSource, seeded: Seeded): Promise<void> {
  const sample = seeded.userIds.slice(0, 20);
  for (const userId of sample) {
    const events = (await dataSource.query(
      dataSource.options.type === 'postgres' ? 'SELECT points, "occurredAt" FROM point_events WHERE "userId" = $1' : 'SELECT points, occurredAt AS "occurredAt" FROM point_events WHERE userId = ?',
      [userId],
    )) as { points: number; occurredAt: string | Date }[];
    const month = periodKeysAt(NOW, 'Asia/Jakarta').month;
    const expected = events
      .filter((e) => periodKeysAt(typeof e.occurredAt === 'string' ? new Date(`${e.occurredAt.replace(' ', 'T')}Z`) : e.occurredAt, 'Asia/Jakarta').month === month)
      .reduce((sum, e) => sum + Number(e.points), 0);
    const stored = await new LeaderboardRepository(dataSource).totalOf(userId, 'month', month);
    if ((stored?.points ?? 0) !== expected) throw new Error(`Seeded month total of ${userId} is ${stored?.points}, the ledger says ${expected}.`);
  }
}

async function measureAwards(dataSource: DataSource, seeded: Seeded, o: Options, concurrency: number, round: number): Promise<{ eventsPerSecond: number; p50: number; p99: number }> {
  const clock = new FixedClock();
  const transactions = new Transactions(dataSource);
  const repository = new LedgerRepository(dataSource);
  // Awards never close months, so the badges need no outbox relay here.
  const badges = new BadgesService(new BadgesRepository(dataSource), repository, new LeaderboardRepository(dataSource), null as unknown as OutboxRelay, transactions, clock);
  const ledger = new PointsLedger(repository, badges, clock);
  const organization = { id: seeded.organizationId, timezone: 'Asia/Jakarta' };
  const rand = random(7 + round);
  let next = 0;
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < o.awards) {
        const j = next++;
        const userId = seeded.userIds[Math.floor(rand() * seeded.userIds.length)];
        const share = j % 2 === 0;
        const begin = process.hrtime.bigint();
        await transactions.run((manager) =>
          ledger.record(manager, organization, [
            {
              organizationId: seeded.organizationId,
              userId,
              kind: share ? 'share_published' : 'click',
              source: `award:${round}:${j}`,
              points: share ? 10 : 1,
              occurredAt: new Date(NOW.getTime() - Math.floor(rand() * 3600_000)),
            },
          ]),
        );
        latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return { eventsPerSecond: o.awards / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function measureReads(dataSource: DataSource, seeded: Seeded, o: Options): Promise<Record<string, { p50: number; p99: number; medianRank: number | null }>> {
  const clock = new FixedClock();
  const leaderboards = new LeaderboardService(new LeaderboardRepository(dataSource), new IdentityRepository(dataSource), clock);
  const rand = random(99);
  const results: Record<string, { p50: number; p99: number; medianRank: number | null }> = {};
  for (const period of PERIODS) {
    const caller = (): AuthUser => ({ id: seeded.userIds[Math.floor(rand() * seeded.userIds.length)], organizationId: seeded.organizationId, email: '', name: '', roles: [Role.Employee] });
    for (let i = 0; i < 50; i++) await leaderboards.board(caller(), { period, limit: 50 }); // warm-up
    const latencies: number[] = [];
    const ranks: number[] = [];
    for (let i = 0; i < o.reads; i++) {
      const begin = process.hrtime.bigint();
      const board = await leaderboards.board(caller(), { period, limit: 50 });
      latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
      if (board.entries.length !== Math.min(50, board.entries.length)) throw new Error('short board');
      if (board.me.rank !== null) ranks.push(board.me.rank);
    }
    latencies.sort((a, b) => a - b);
    ranks.sort((a, b) => a - b);
    results[period] = { p50: percentile(latencies, 50), p99: percentile(latencies, 99), medianRank: ranks.length ? percentile(ranks, 50) : null };
  }
  return results;
}

async function explain(dataSource: DataSource, seeded: Seeded): Promise<void> {
  if (dataSource.options.type !== 'postgres') return;
  const month = periodKeysAt(NOW, 'Asia/Jakarta').month;
  const plan = (await dataSource.query(
    `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT t."userId", t.points, t."reachedAt", u.name FROM point_totals t INNER JOIN users u ON u.id = t."userId"
     WHERE t."organizationId" = $1 AND t.period = 'month' AND t."periodKey" = $2 AND t.visible = true ORDER BY t.points DESC, t."reachedAt" ASC, t."userId" ASC LIMIT 50`,
    [seeded.organizationId, month],
  )) as { 'QUERY PLAN': string }[];
  console.log(`  plan of the top-50 read:\n${plan.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`);
}

async function run(type: DatabaseType, o: Options): Promise<void> {
  console.log(`\n== ${type === 'sqlite' ? 'SQLite (better-sqlite3, WAL, temp file)' : 'PostgreSQL (temp database)'}`);
  const { dataSource, dispose } = await freshDatabase(type, 'leaderboard');
  try {
    const seedStart = Date.now();
    const seeded = await seed(dataSource, o);
    await verify(dataSource, seeded);
    console.log(`  seeded ${o.users.toLocaleString('en')} users and ${o.events.toLocaleString('en')} point events in ${((Date.now() - seedStart) / 1000).toFixed(0)} s`);
    await explain(dataSource, seeded);
    const printReads = async (when: string) => {
      const reads = await measureReads(dataSource, seeded, o);
      console.log(`  top 50 + my rank, ${when} (${o.reads.toLocaleString('en')} reads per period, random callers; load average ${loadAverage()}):`);
      for (const period of PERIODS) {
        const r = reads[period];
        console.log(`    ${period.padEnd(8)} p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms   (median caller rank ${r.medianRank?.toLocaleString('en') ?? 'n/a'})`);
      }
    };
    await printReads('after seeding');
    // SQLite has one writer (Transactions queues them); PostgreSQL is measured alone and with concurrent workers.
    const levels = type === 'postgres' ? [1, o.concurrency] : [1];
    for (const [round, concurrency] of levels.entries()) {
      const awards = await measureAwards(dataSource, seeded, o, concurrency, round);
      console.log(
        `  awarding: ${awards.eventsPerSecond.toFixed(0)} events/s (${o.awards.toLocaleString('en')} awards, ${concurrency} concurrent, one transaction each; latency p50 ${awards.p50.toFixed(2)} ms, p99 ${awards.p99.toFixed(2)} ms; load average ${loadAverage()})`,
      );
    }
    await printReads('right after the awards (no vacuum in between)');
  } finally {
    await dispose();
  }
}

async function main(): Promise<void> {
  const o = options();
  console.log(`Leaderboard benchmark: ${o.users.toLocaleString('en')} users, ${o.events.toLocaleString('en')} point events, Asia/Jakarta, "now" = ${NOW.toISOString()}`);
  for (const type of ['sqlite', 'postgres'] as const) if (!o.only || o.only === type) await run(type, o);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
