/**
 * Dashboard benchmark: seeds one organisation with N employees in teams and M published shares
 * over 90 days, with their counted clicks, engagement snapshots and reported conversions, then
 * times each results read the app serves, through `AnalyticsService` (what the controller of
 * each route calls), on SQLite (a temp file) and PostgreSQL (a temp database, created and dropped).
 *
 *   npm run bench:dashboard [-- --employees 100000 --shares 1000000 --db sqlite|postgres --only <query> --reads 5]
 *
 * Queries (`--only` takes one name, or several separated by commas):
 *   organisation    GET /analytics/summary                      the organisation, last 30 days
 *   team            GET /analytics/summary?teamId=…             a different team each read
 *   campaign        GET /analytics/summary?campaignId=…         a different campaign each read
 *   my-impact       GET /me/analytics                           a different (random) employee each read
 *   top-content     GET /analytics/top-content                  top 10 posts, last 30 days
 *   top-advocates   GET /analytics/top-advocates                top 10 people, last 30 days
 *   timeseries      GET /analytics/timeseries?metric=emv        earned media value by day, all 90 days
 *
 * For each (2 warm-up reads, then 5 timed ones unless --reads says): p50 and p95 latency, the
 * statements it sent, the rows they returned to the app, and what the database read
 * (PostgreSQL: rows its scans touched, from EXPLAIN ANALYZE; SQLite: what it scanned whole,
 * from EXPLAIN QUERY PLAN). A fingerprint of the answers (and their
 * totals) makes runs comparable across databases and versions: the seed is deterministic.
 *
 * PostgreSQL: CHORUS_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres). Seeding
 * is a bulk load (see bench/support/bulk-load.ts), not the app's write paths.
 */
import 'reflect-metadata';
import { AnalyticsRepository, AnalyticsService, CONVERSION_KINDS } from '@chorus/analytics';
import { Clock } from '@chorus/config';
import { ContentRepository } from '@chorus/content';
import { DatabaseType, Transactions } from '@chorus/db';
import { AuditTrail, AuthUser, IdentityRepository, Role } from '@chorus/identity';
import { createHash } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { bulkInsert, bulkLoad, freshDatabase, loadAverage, percentile, random, Row } from '../support/bulk-load';

const NOW = new Date('2026-11-15T05:00:00Z');
/** Has daylight saving time (it ends on 25 October 2026, inside the seeded days), unlike Jakarta. */
const TIMEZONE = 'Europe/Berlin';
const DAY_MS = 86_400_000;
const SEEDED_DAYS = 90;
const MINUTE = 60_000;
/** Engagement reads as publishing schedules them: +15 min, 1 h, 3 h, 6 h, 12 h, 24 h, then daily until day 30. */
const READ_OFFSETS_MS = [15 * MINUTE, 60 * MINUTE, 180 * MINUTE, 360 * MINUTE, 720 * MINUTE, ...Array.from({ length: 30 }, (_, d) => (d + 1) * DAY_MS)];
const QUERIES = ['organisation', 'team', 'campaign', 'my-impact', 'top-content', 'top-advocates', 'timeseries'] as const;
type QueryName = (typeof QUERIES)[number];

interface Options {
  employees: number;
  shares: number;
  teamSize: number;
  posts: number;
  campaigns: number;
  reads: number;
  db: DatabaseType | null;
  only: QueryName[];
}

function options(): Options {
  const args = process.argv.slice(2);
  const text = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const value = (name: string, fallback: number) => (text(name) === undefined ? fallback : Number(text(name)));
  const only = (text('only')?.split(',') ?? [...QUERIES]) as QueryName[];
  for (const name of only) if (!QUERIES.includes(name)) throw new Error(`--only: unknown query "${name}" (one of ${QUERIES.join(', ')})`);
  const db = text('db') as DatabaseType | undefined;
  if (db && db !== 'sqlite' && db !== 'postgres') throw new Error('--db: sqlite or postgres');
  return {
    employees: value('employees', 100_000),
    shares: value('shares', 1_000_000),
    teamSize: value('team-size', 1_000),
    posts: value('posts', 2_000),
    campaigns: value('campaigns', 40),
    reads: value('reads', 5),
    db: db ?? null,
    only,
  };
}

class FixedClock extends Clock {
  now(): Date {
    return new Date(NOW);
  }
}

/** Ids shaped like the app's UUIDs, the same on every run and database. */
const id = (kind: number, n: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ORG = id(1, 0);
const ADMIN = id(2, 0);
const userId = (n: number) => id(3, n);
const teamId = (n: number) => id(4, n);
const campaignId = (n: number) => id(5, n);
const postId = (n: number) => id(6, n);

interface Seeded {
  teams: number;
  counts: Record<string, number>;
}

async function seed(dataSource: DataSource, o: Options): Promise<Seeded> {
  let seeded: Seeded | null = null;
  const tables = ['users', 'teams', 'team_memberships', 'campaigns', 'posts', 'shares', 'link_clicks', 'engagement_snapshots', 'conversions'];
  await bulkLoad(dataSource, tables, async () => {
    seeded = await load(dataSource, o);
  });
  // PostgreSQL's autovacuum would have analysed tables this size; Chorus never runs ANALYZE on SQLite.
  if (dataSource.options.type === 'postgres') await dataSource.query('VACUUM ANALYZE');
  return seeded!;
}

async function load(dataSource: DataSource, o: Options): Promise<Seeded> {
  const rand = random(12);
  const created = new Date(NOW.getTime() - 400 * DAY_MS);
  const counts: Record<string, number> = {};
  const insert = async (table: string, columns: [string, 'text' | 'int' | 'bool' | 'timestamptz'][], rows: Row[]) => {
    await bulkInsert(dataSource, table, columns, rows);
    counts[table] = (counts[table] ?? 0) + rows.length;
  };
  await insert(
    'organizations',
    [['id', 'text'], ['name', 'text'], ['slug', 'text'], ['timezone', 'text'], ['defaultLocale', 'text'], ['dailyShareLimit', 'int'], ['disclosureMode', 'text'], ['employeesSeeLeaderboard', 'bool'], ['createdAt', 'timestamptz'], ['updatedAt', 'timestamptz']],
    [[ORG, 'Bench', 'bench', TIMEZONE, 'en', 3, 'append', true, created, created]],
  );
  const userColumns: [string, 'text' | 'bool' | 'timestamptz'][] = [['id', 'text'], ['organizationId', 'text'], ['email', 'text'], ['name', 'text'], ['roles', 'text'], ['status', 'text'], ['timezone', 'text'], ['locale', 'text'], ['leaderboardOptOut', 'bool'], ['leaderboardExcluded', 'bool'], ['weeklySlots', 'text'], ['createdAt', 'timestamptz'], ['updatedAt', 'timestamptz']];
  await insert('users', userColumns, [[ADMIN, ORG, 'admin@bench.chorus', 'Admin', 'admin', 'active', TIMEZONE, 'en', false, false, '[]', created, created]]);
  // Half a percent opted out of leaderboards; 2 % have left (deactivated), their shares still count.
  await insert(
    'users',
    userColumns,
    Array.from({ length: o.employees }, (_, i): Row => [userId(i), ORG, `user${i}@bench.chorus`, `User ${i}`, 'employee', rand() < 0.02 ? 'deactivated' : 'active', TIMEZONE, 'en', rand() < 0.005, false, '[]', created, created]),
  );
  const teams = Math.max(1, Math.ceil(o.employees / o.teamSize));
  await insert('teams', [['id', 'text'], ['organizationId', 'text'], ['name', 'text'], ['createdAt', 'timestamptz']], Array.from({ length: teams }, (_, t): Row => [teamId(t), ORG, `Team ${t}`, created]));
  await insert('team_memberships', [['teamId', 'text'], ['userId', 'text'], ['organizationId', 'text']], Array.from({ length: o.employees }, (_, i): Row => [teamId(i % teams), userId(i), ORG]));
  await insert(
    'campaigns',
    [['id', 'text'], ['organizationId', 'text'], ['name', 'text'], ['pointsMultiplierPercent', 'int'], ['createdAt', 'timestamptz'], ['updatedAt', 'timestamptz']],
    Array.from({ length: o.campaigns }, (_, c): Row => [campaignId(c), ORG, `Campaign ${c}`, 100, created, created]),
  );
  // Four in five posts belong to a campaign.
  await insert(
    'posts',
    [['id', 'text'], ['organizationId', 'text'], ['campaignId', 'text'], ['title', 'text'], ['url', 'text'], ['suggestedCommentary', 'text'], ['variants', 'text'], ['hashtags', 'text'], ['targetsEveryone', 'bool'], ['status', 'text'], ['featured', 'bool'], ['requireOwnCommentary', 'bool'], ['createdById', 'text'], ['publishedAt', 'timestamptz'], ['createdAt', 'timestamptz'], ['updatedAt', 'timestamptz']],
    Array.from({ length: o.posts }, (_, p): Row => [postId(p), ORG, p % 5 === 4 ? null : campaignId(p % o.campaigns), `Post ${p}`, `https://example.com/p/${p}`, 'Read this.', '{}', '[]', true, 'published', false, false, ADMIN, created, created, created]),
  );

  const start = NOW.getTime() - SEEDED_DAYS * DAY_MS;
  // Rows go in in time order, as the app appends them: shares by publishing time, and each
  // batch's clicks, reads and conversions once no later share can come before them.
  const publishTimes = Float64Array.from({ length: o.shares }, () => start + Math.floor(rand() * SEEDED_DAYS * DAY_MS)).sort();
  const pending = { clicks: [] as Row[], snapshots: [] as Row[], conversions: [] as Row[] };
  const due = (rows: Row[], column: number, before: number): Row[] => {
    rows.sort((a, b) => (a[column] as Date).getTime() - (b[column] as Date).getTime());
    let n = 0;
    while (n < rows.length && (rows[n][column] as Date).getTime() < before) n++;
    return rows.splice(0, n);
  };
  const batch = 50_000;
  let clickN = 0;
  let snapshotN = 0;
  let conversionN = 0;
  for (let from = 0; from < o.shares; from += batch) {
    const shares: Row[] = [];
    const clicks = pending.clicks;
    const snapshots = pending.snapshots;
    const conversions = pending.conversions;
    for (let s = from; s < Math.min(o.shares, from + batch); s++) {
      // A few people share a lot and most a little; some posts are much more shared than others.
      const user = Math.floor(o.employees * rand() * rand());
      const post = Math.floor(o.posts * rand() * rand());
      const publishedAt = publishTimes[s];
      const share = id(7, s);
      const code = `b${s.toString(36)}`;
      const at = new Date(publishedAt);
      shares.push([share, ORG, userId(user), postId(post), id(8, user), 'linkedin', 'Benchmark', 'Benchmark', `https://chorus.example/r/${code}`, `Post ${post}`, 'published', false, 0, false, at, code, `https://example.com/p/${post}?utm_content=${code}`, at, at]);
      // Counted clicks: 0 to 9 (about 2 on average), mostly in the first days.
      for (let c = Math.floor(10 * rand() ** 3); c > 0; c--) {
        const clickedAt = publishedAt + Math.floor(rand() ** 2 * 7 * DAY_MS);
        if (clickedAt >= NOW.getTime()) continue;
        clicks.push([id(9, clickN), ORG, share, `visitor-${clickN}`, new Date(clickedAt)]);
        // About 3 % of clicks convert within two hours.
        if (rand() < 0.03) {
          const convertedAt = clickedAt + Math.floor(rand() * 120 * MINUTE);
          if (convertedAt < NOW.getTime()) {
            conversions.push([id(10, conversionN), ORG, share, CONVERSION_KINDS[conversionN % CONVERSION_KINDS.length], rand() < 0.5 ? null : Math.floor(rand() * 100_000), `bench-${conversionN}`, id(11, 0), new Date(convertedAt)]);
            conversionN++;
          }
        }
        clickN++;
      }
      // 1 to 7 of the scheduled reads (about 4), cumulative counters; a tenth of the shares
      // were read without impressions (LinkedIn's social actions), and now and then a reaction is withdrawn.
      const slots = READ_OFFSETS_MS.filter(() => rand() < 4 / READ_OFFSETS_MS.length).slice(0, 7);
      const noImpressions = rand() < 0.1;
      let reactions = 0;
      let comments = 0;
      let reshares = 0;
      let impressions = 0;
      for (const offset of slots) {
        const capturedAt = publishedAt + offset;
        if (capturedAt >= NOW.getTime()) break;
        reactions = Math.max(0, reactions + Math.floor(rand() * 6) - (rand() < 0.05 ? 3 : 0));
        comments += Math.floor(rand() * 2.5);
        reshares += rand() < 0.2 ? 1 : 0;
        impressions += Math.floor(rand() * 400);
        snapshots.push([id(12, snapshotN++), ORG, share, 'linkedin', reactions, comments, reshares, noImpressions ? null : impressions, new Date(capturedAt)]);
      }
    }
    await insert(
      'shares',
      [['id', 'text'], ['organizationId', 'text'], ['userId', 'text'], ['postId', 'text'], ['connectionId', 'text'], ['network', 'text'], ['commentary', 'text'], ['finalText', 'text'], ['link', 'text'], ['title', 'text'], ['status', 'text'], ['slotted', 'bool'], ['attempts', 'int'], ['outcomeUnknown', 'bool'], ['publishedAt', 'timestamptz'], ['trackingCode', 'text'], ['destinationUrl', 'text'], ['createdAt', 'timestamptz'], ['updatedAt', 'timestamptz']],
      shares,
    );
    const next = from + batch < o.shares ? publishTimes[from + batch] : Infinity;
    await insert('link_clicks', [['id', 'text'], ['organizationId', 'text'], ['shareId', 'text'], ['visitorHash', 'text'], ['clickedAt', 'timestamptz']], due(clicks, 4, next));
    await insert('engagement_snapshots', [['id', 'text'], ['organizationId', 'text'], ['shareId', 'text'], ['network', 'text'], ['reactions', 'int'], ['comments', 'int'], ['reshares', 'int'], ['impressions', 'int'], ['capturedAt', 'timestamptz']], due(snapshots, 8, next));
    await insert('conversions', [['id', 'text'], ['organizationId', 'text'], ['shareId', 'text'], ['kind', 'text'], ['valueMinor', 'int'], ['idempotencyKey', 'text'], ['apiKeyId', 'text'], ['createdAt', 'timestamptz']], due(conversions, 7, next));
    process.stdout.write(`\r  shares: ${Math.min(o.shares, from + batch).toLocaleString('en')} / ${o.shares.toLocaleString('en')}`);
  }
  process.stdout.write('\n');
  return { teams, counts };
}

/** One statement the app sent, with what came back. */
interface Statement {
  sql: string;
  parameters: unknown[];
  rows: number;
}

/**
 * Records every statement sent through the data source's query runners (what TypeORM's
 * repositories, query builders and `query` all go through), while `recording` is on.
 */
class StatementLog {
  statements: Statement[] = [];
  recording = false;

  constructor(dataSource: DataSource) {
    const driver = dataSource.driver as unknown as { createQueryRunner(mode: string): QueryRunner };
    const create = driver.createQueryRunner.bind(driver);
    const wrapped = new WeakSet<QueryRunner>();
    driver.createQueryRunner = (mode: string) => {
      const runner = create(mode);
      if (wrapped.has(runner)) return runner;
      wrapped.add(runner);
      const query = runner.query.bind(runner) as (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
      runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
        const result = await query(sql, parameters, structured);
        if (this.recording) {
          const records = Array.isArray(result) ? result : (result as { records?: unknown[] } | undefined)?.records;
          this.statements.push({ sql, parameters: parameters ?? [], rows: Array.isArray(records) ? records.length : 0 });
        }
        return result;
      }) as QueryRunner['query'];
      return runner;
    };
  }

  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
    this.statements = [];
    this.recording = true;
    try {
      return { result: await work(), statements: this.statements };
    } finally {
      this.recording = false;
    }
  }
}

/** PostgreSQL: rows its scans read (returned and filtered out), over all loops, from EXPLAIN ANALYZE. */
async function rowsRead(dataSource: DataSource, statements: Statement[]): Promise<number> {
  let total = 0;
  interface PlanNode {
    'Node Type': string;
    'Actual Rows'?: number;
    'Actual Loops'?: number;
    'Rows Removed by Filter'?: number;
    'Rows Removed by Index Recheck'?: number;
    Plans?: PlanNode[];
  }
  const walk = (node: PlanNode) => {
    if (['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan'].includes(node['Node Type'])) {
      total += ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * (node['Actual Loops'] ?? 1);
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  for (const statement of statements) {
    if (!/^\s*(SELECT|WITH)/i.test(statement.sql)) continue;
    const [row] = (await dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.parameters)) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
    walk(row['QUERY PLAN'][0].Plan);
  }
  return total;
}

/** SQLite: the tables (or whole indexes) its plans scan from end to end, from EXPLAIN QUERY PLAN. */
async function fullScans(dataSource: DataSource, statements: Statement[]): Promise<string[]> {
  const scans = new Set<string>();
  for (const statement of statements) {
    if (!/^\s*(SELECT|WITH)/i.test(statement.sql)) continue;
    const plan = (await dataSource.query(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.parameters)) as { detail: string }[];
    for (const { detail } of plan) {
      const scan = /^SCAN (.+?)(?: USING (?:COVERING )?INDEX (\S+))?$/.exec(detail);
      if (!scan || /CONSTANT ROW|subquery/.test(scan[1])) continue;
      scans.add(scan[2] ? `${scan[1]} (index ${scan[2]})` : scan[1]);
    }
  }
  return [...scans];
}

interface Measured {
  name: QueryName;
  reads: number;
  p50: number;
  p95: number;
  statements: number;
  rowsToApp: number;
  database: string;
  fingerprint: string;
  totals: string;
  error?: string;
}

/** The answers' digest, with each object's keys in order, so that it does not depend on how an answer was put together. */
function digest(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex').slice(0, 12);
}

type Figures = { shares: number; sharers: number; clicks: number; impressions: number; reactions: number; comments: number; reshares: number; conversions: number };
const FIGURES = ['shares', 'sharers', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'] as const;

function sumOf(items: Figures[]): Figures {
  const sum = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Figures;
  for (const item of items) for (const f of FIGURES) sum[f] += item[f];
  return sum;
}

function figuresText(f: Figures): string {
  return FIGURES.map((name) => `${name} ${f[name].toLocaleString('en')}`).join(', ');
}

async function measure(dataSource: DataSource, seeded: Seeded, o: Options): Promise<Measured[]> {
  const clock = new FixedClock();
  const identity = new IdentityRepository(dataSource);
  const analytics = new AnalyticsService(new AnalyticsRepository(dataSource), identity, new AuditTrail(identity, clock), new ContentRepository(dataSource), new Transactions(dataSource), clock);
  const admin: AuthUser = { id: ADMIN, organizationId: ORG, email: 'admin@bench.chorus', name: 'Admin', roles: [Role.Admin] };
  const today = new Date(NOW.getTime() + 3600_000).toISOString().slice(0, 10); // Berlin is UTC+1 in November
  const first = new Date(NOW.getTime() + 3600_000 - (SEEDED_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const log = new StatementLog(dataSource);
  const callers = random(99);
  /** Each query: the call of its i-th read, and its totals for the fingerprint line. */
  const queries: Record<QueryName, { call: (i: number) => Promise<unknown>; totals: (answer: unknown) => string }> = {
    organisation: { call: () => analytics.summary(admin, {}), totals: summaryTotals },
    team: { call: (i) => analytics.summary(admin, { teamId: teamId(i % seeded.teams) }), totals: summaryTotals },
    campaign: { call: (i) => analytics.summary(admin, { campaignId: campaignId(i % o.campaigns) }), totals: summaryTotals },
    'my-impact': {
      call: () => {
        const n = Math.floor(callers() * o.employees);
        return analytics.mine({ id: userId(n), organizationId: ORG, email: `user${n}@bench.chorus`, name: `User ${n}`, roles: [Role.Employee] }, {});
      },
      totals: (answer) => figuresText(answer as Figures),
    },
    'top-content': { call: () => analytics.topContent(admin, { limit: 10 }), totals: listTotals },
    'top-advocates': { call: () => analytics.topAdvocates(admin, { limit: 10 }), totals: listTotals },
    timeseries: {
      call: () => analytics.timeseries(admin, { metric: 'emv', from: first, to: today }),
      totals: (answer) => {
        const points = (answer as { points: { value: number }[] }).points;
        return `${points.length} days, earned media value ${points.reduce((sum, p) => sum + p.value, 0).toFixed(2)}`;
      },
    },
  };
  const results: Measured[] = [];
  for (const name of o.only) {
    const query = queries[name];
    try {
      for (let i = 0; i < 2; i++) await query.call(i); // warm-up
      const latencies: number[] = [];
      const answers: unknown[] = [];
      let statements: Statement[] = [];
      for (let i = 0; i < o.reads; i++) {
        const begin = process.hrtime.bigint();
        const recorded = await log.during(() => query.call(i));
        latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
        answers.push(recorded.result);
        if (i === 0) statements = recorded.statements;
      }
      latencies.sort((a, b) => a - b);
      const database =
        dataSource.options.type === 'postgres' ? `${(await rowsRead(dataSource, statements)).toLocaleString('en')} rows read` : `full scans: ${(await fullScans(dataSource, statements)).join(', ') || 'none'}`;
      results.push({
        name,
        reads: o.reads,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        statements: statements.length,
        rowsToApp: statements.reduce((sum, s) => sum + s.rows, 0),
        database,
        fingerprint: digest(answers),
        totals: query.totals(answers[0]),
      });
    } catch (error) {
      results.push({ name, reads: 0, p50: NaN, p95: NaN, statements: 0, rowsToApp: 0, database: '', fingerprint: '', totals: '', error: (error as Error).message.slice(0, 200) });
    }
    process.stdout.write(`  ${name} done (load average ${loadAverage()})\n`);
  }
  return results;
}

function summaryTotals(answer: unknown): string {
  const summary = answer as Figures & { activeEmployees: number; emv: { amount: number } };
  return `${figuresText(summary)}; active ${summary.activeEmployees.toLocaleString('en')}, emv ${summary.emv.amount.toFixed(2)}`;
}

function listTotals(answer: unknown): string {
  const items = answer as (Figures & { postId?: string; userId?: string })[];
  return `${items.length} listed, first ${items[0]?.postId ?? items[0]?.userId ?? '-'}; ${figuresText(sumOf(items))}`;
}

async function run(type: DatabaseType, o: Options): Promise<void> {
  console.log(`\n== ${type === 'sqlite' ? 'SQLite (better-sqlite3, WAL, temp file)' : 'PostgreSQL (temp database)'}`);
  const { dataSource, dispose } = await freshDatabase(type, 'dashboard');
  // The bench times every read itself: the app's slow-query warnings would only bury its table.
  dataSource.logger.logQuerySlow = () => undefined;
  try {
    const seedStart = Date.now();
    const seeded = await seed(dataSource, o);
    console.log(`  seeded in ${((Date.now() - seedStart) / 1000).toFixed(0)} s: ${Object.entries(seeded.counts).map(([table, n]) => `${n.toLocaleString('en')} ${table}`).join(', ')}`);
    const results = await measure(dataSource, seeded, o);
    console.log(`\n  ${o.reads} reads per query after 2 warm-up reads; load average ${loadAverage()}\n`);
    console.log(`  | query | p50 ms | p95 ms | statements | rows to the app | ${type === 'postgres' ? 'rows the database read' : 'what SQLite scanned whole'} |`);
    console.log('  | --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      if (r.error) console.log(`  | ${r.name} | failed: ${r.error} | | | | |`);
      else console.log(`  | ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.statements} | ${r.rowsToApp.toLocaleString('en')} | ${r.database} |`);
    }
    console.log('\n  fingerprints (sha-256 of every answer, first 12 hex digits) and the first answer’s totals:');
    for (const r of results) if (!r.error) console.log(`    ${r.name.padEnd(14)} ${r.fingerprint}  ${r.totals}`);
  } finally {
    await dispose();
  }
}

async function main(): Promise<void> {
  const o = options();
  console.log(
    `Dashboard benchmark: ${o.employees.toLocaleString('en')} employees in teams of ${o.teamSize.toLocaleString('en')}, ${o.shares.toLocaleString('en')} published shares over ${SEEDED_DAYS} days on ${o.posts.toLocaleString('en')} posts (${o.campaigns} campaigns), ${TIMEZONE}, "now" = ${NOW.toISOString()}`,
  );
  for (const type of ['sqlite', 'postgres'] as const) if (!o.db || o.db === type) await run(type, o);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
