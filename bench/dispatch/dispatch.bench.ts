/**
 * Dispatch benchmark: how fast a burst of shares, all due at the same instant, goes out, how late
 * each one is, and that every one goes out exactly once, with real processes in each mode against
 * a LinkedIn sandbox of its own process with 1,000 generated members.
 *
 *   npm run bench:dispatch [-- --shares 10000 --repeats 3 --only embedded,distributed-1,distributed-2,raw --members 1000 --cpu-prof DIR]
 *
 * Modes:
 *   raw            the same number of posts sent straight to the sandbox from this process with
 *                  linkedin-api-client's RestliClient, 50 at a time: the ceiling
 *   embedded       one embedded process (SQLite, in-process jobs)
 *   distributed-N  N worker processes (PostgreSQL, BullMQ on Redis): a database made for the run
 *                  and dropped after it, a Redis key prefix of its own, deleted after it
 * For each Chorus run the sandbox is reset and issues a token per member; a fresh database is
 * seeded through Chorus's services and repositories (bench/dispatch/seed.ts) with N approved
 * shares; the processes start; once they are ready every share is scheduled for one instant a
 * little ahead. Publish times are the sandbox's (when the post was stored): shares/s counts from
 * the first post to the last, lateness is post time minus due time. Afterwards every share must
 * be published, with exactly one post at the sandbox carrying its text for its member, and no
 * other posts; the exit code is 1 otherwise.
 *
 * Counters, from the scheduling to the last share's points (with the processes stopped, so their
 * statistics are flushed), per published share: statements the Chorus processes sent
 * (DB_STATEMENT_COUNTS_FILE; commits are their COMMITs), and on PostgreSQL the database's
 * committed transactions, rows returned and fetched (pg_stat_database; the bench's own few
 * polls included) and rows read by table (pg_stat_user_tables). Points lag is the time from a
 * share's publishedAt to its share_published point event's createdAt (a member's second share of
 * the same post earns nothing more, so only the first of each is timed).
 *
 * With --cpu-prof DIR each Chorus process writes DIR/<mode>-<process>.cpuprofile, from the end of
 * the scheduling to its stop (bench/dispatch/cpu-profile.js; summarise it with
 * bench/dispatch/profile-summary.ts).
 *
 * PostgreSQL: CHORUS_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 * Redis: CHORUS_BENCH_REDIS_URL (default redis://127.0.0.1:6379).
 */
import 'reflect-metadata';
import { loadConfig } from '@chorus/config';
import { escapeLittleText } from '@chorus/networks';
import { installLinkedinOriginRewrite } from '@chorus/publishing';
import { newTrackingCode, Share, trackedUrl } from '@chorus/shares';
import { RestliClient } from 'linkedin-api-client';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { BundleProcess, freePort } from '../support/processes';
import { checkServices, REDIS_URL, throwawayServices } from '../support/services';
import { DispatchSeed, IssuedToken } from './seed';

const MODES = ['raw', 'embedded', 'distributed-1', 'distributed-2'] as const;
type Mode = (typeof MODES)[number];

const MODE_NAMES: Record<Mode, string> = {
  raw: 'raw (RestliClient, 50 at a time)',
  embedded: 'embedded (SQLite, one process)',
  'distributed-1': 'distributed, 1 worker (PostgreSQL, BullMQ)',
  'distributed-2': 'distributed, 2 workers (PostgreSQL, BullMQ)',
};

/** What Chorus asks LinkedIn for (a sandbox at LINKEDIN_SANDBOX_URL): the tokens get exactly these. */
const CHORUS_SCOPES = ['openid', 'profile', 'email', 'w_member_social'];
const SANDBOX_CLIENT_ID = 'chorus-sandbox-client';
const RAW_CONCURRENCY = 50;
/** A run fails when no post has arrived for this long. */
const STALL_MS = 60_000;
/** How long the bench waits, after the last publish, for every share's points. */
const POINTS_WAIT_MS = 120_000;


interface Options {
  shares: number;
  repeats: number;
  members: number;
  only: Mode[];
  /** Where each Chorus process writes its CPU profile; null takes none. */
  cpuProfileDir: string | null;
}

function options(): Options {
  const args = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const whole = (name: string, fallback: number, min: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min) usage(`--${name} must be a whole number of at least ${min}; got "${raw}".`);
    return Number(raw);
  };
  const only = (value('only') ?? MODES.join(',')).split(',').map((mode) => mode.trim()).filter(Boolean);
  const unknown = only.filter((mode) => !(MODES as readonly string[]).includes(mode));
  if (unknown.length > 0 || only.length === 0) usage(`--only takes a comma-separated list of ${MODES.join(', ')}; got "${value('only')}".`);
  // Raw first in each repeat, so the ceiling is measured in the same conditions as what follows it.
  const cpuProfileDir = value('cpu-prof') ?? null;
  if (args.includes('--cpu-prof') && (!cpuProfileDir || cpuProfileDir.startsWith('--'))) usage('--cpu-prof takes the directory the profiles go to.');
  return {
    shares: whole('shares', 10_000, 2),
    repeats: whole('repeats', 3, 1),
    members: whole('members', 1000, 1),
    only: MODES.filter((mode) => only.includes(mode)),
    cpuProfileDir: cpuProfileDir ? resolve(cpuProfileDir) : null,
  };
}

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npm run bench:dispatch [-- --shares 10000 --repeats 3 --only ${MODES.join(',')} --members 1000 --cpu-prof DIR]`);
  process.exit(2);
}

interface SandboxPost {
  id: string;
  author: string;
  authorEmail: string;
  commentary: string;
  createdAt: string;
}

/** The LinkedIn sandbox as its own process (`npm run start:sandbox -- --members N`). */
class Sandbox {
  private constructor(
    readonly url: string,
    readonly process: BundleProcess,
    readonly members: string[],
  ) {}

  static async start(members: number): Promise<Sandbox> {
    const port = await freePort();
    const bundle = new BundleProcess('linkedin-sandbox', 'linkedin-sandbox', { LINKEDIN_SANDBOX_PORT: String(port), APP_URL: 'http://127.0.0.1:3999' }, ['--members', String(members)]);
    const url = `http://127.0.0.1:${port}`;
    try {
      await bundle.waitFor(`${url}/__sandbox/stats`);
    } catch (error) {
      await bundle.stop();
      throw error;
    }
    const listed = (await (await fetch(`${url}/__sandbox/members`)).json()) as { email: string }[];
    const generated = listed.map((member) => member.email).filter((email) => email.endsWith('@sandbox.chorus'));
    if (generated.length !== members) {
      await bundle.stop();
      throw new Error(`The sandbox has ${generated.length} generated members, not ${members}.`);
    }
    return new Sandbox(url, bundle, generated);
  }

  /** Forgets posts, tokens and counters, then issues one token per generated member. */
  async freshTokens(): Promise<IssuedToken[]> {
    await this.send('POST', '/__sandbox/reset');
    const answer = await this.send('POST', '/__sandbox/tokens/issue', { members: this.members, clientId: SANDBOX_CLIENT_ID, scopes: CHORUS_SCOPES });
    return (answer as { tokens: IssuedToken[] }).tokens;
  }

  async postCount(): Promise<number> {
    return ((await this.send('GET', '/__sandbox/stats')) as { posts: number }).posts;
  }

  async posts(): Promise<SandboxPost[]> {
    return (await this.send('GET', '/__sandbox/posts')) as SandboxPost[];
  }

  /** How the sandbox answered `POST /rest/posts`, by status. */
  async postAnswers(): Promise<Record<string, number>> {
    return ((await this.send('GET', '/__sandbox/stats')) as { responses: Record<string, Record<string, number>> }).responses['POST /rest/posts'] ?? {};
  }

  private async send(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
    if (!response.ok) throw new Error(`The sandbox answered ${method} ${path} with ${response.status}: ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  }
}

/** Per published share, from the scheduling to the last points. */
interface Counters {
  statements: number;
  /** COMMITs the processes sent (SQLite), or transactions PostgreSQL committed. */
  commits: number;
  /** PostgreSQL only. */
  returned?: number;
  fetched?: number;
  /** Rows of outbox_events and outbox_deliveries read by scans and index fetches (PostgreSQL). */
  outboxRows?: number;
  /** The tables most read: rows per share, and of them read by sequential scans (PostgreSQL). */
  topTables?: [string, number, number][];
  /** The indexes most read, entries per share (PostgreSQL). */
  topIndexes?: [string, number][];
  /** Statements by kind, per share. */
  byKind: Record<string, number>;
  /** From publishedAt to the share_published points' createdAt. */
  pointsP50Ms: number;
  pointsP99Ms: number;
  /** Awards (one per member, post and network) missing when the bench stopped waiting. */
  withoutPoints: number;
}

interface Run {
  mode: Mode;
  repeat: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Lateness of the first post. */
  firstMs: number;
  /** Empty when every share went out exactly once. */
  problems: string[];
  answers: Record<string, number>;
  /** Where the run's time went, for the progress line. */
  phases: string;
  counters?: Counters;
}

/** Shares/s from the first post to the last, and lateness percentiles against the due time. */
function figures(posts: SandboxPost[], dueMs: number): Pick<Run, 'perSecond' | 'p50Ms' | 'p99Ms' | 'firstMs'> {
  const times = posts.map((post) => Date.parse(post.createdAt)).sort((a, b) => a - b);
  if (times.length < 2) return { perSecond: NaN, p50Ms: NaN, p99Ms: NaN, firstMs: NaN };
  const lateness = times.map((time) => time - dueMs);
  const at = (q: number) => lateness[Math.min(lateness.length - 1, Math.floor(q * lateness.length))];
  const spanMs = Math.max(1, times[times.length - 1] - times[0]);
  return { perSecond: ((times.length - 1) * 1000) / spanMs, p50Ms: at(0.5), p99Ms: at(0.99), firstMs: lateness[0] };
}

/** What went wrong with "one post per expected (member, text), and nothing else"; empty when nothing did. */
function postsProblems(expected: { memberEmail: string; text: string }[], posts: SandboxPost[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const post of posts) {
    const key = `${post.authorEmail}\n${post.commentary}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const wanted = new Set(expected.map((e) => `${e.memberEmail}\n${e.text}`));
  const shown = (key: string) => `${key.slice(0, key.indexOf('\n'))}: ${JSON.stringify(key.slice(key.indexOf('\n') + 1))}`;
  const missing = [...wanted].filter((key) => !seen.has(key));
  const twice = [...seen].filter(([, n]) => n > 1);
  const strangers = [...seen.keys()].filter((key) => !wanted.has(key));
  if (missing.length > 0) problems.push(`${missing.length} expected posts are not at the sandbox (e.g. ${shown(missing[0])})`);
  if (twice.length > 0) problems.push(`${twice.length} posts are there more than once (e.g. ${twice[0][1]}× ${shown(twice[0][0])})`);
  if (strangers.length > 0) problems.push(`${strangers.length} posts at the sandbox belong to no share (e.g. ${shown(strangers[0])})`);
  if (posts.length !== expected.length) problems.push(`${posts.length} posts at the sandbox for ${expected.length} shares`);
  return problems;
}

/** Every seeded share published, each naming its own post, and each post that share's text for its member. */
function sharesProblems(shares: (Share & { memberEmail: string })[], expected: number, posts: SandboxPost[]): string[] {
  const problems: string[] = [];
  if (shares.length !== expected) problems.push(`${shares.length} shares in the database, ${expected} seeded`);
  const left = shares.filter((share) => share.status !== 'published');
  if (left.length > 0) problems.push(`${left.length} shares were not published (e.g. ${left[0].id}: ${left[0].status}${left[0].lastError ? `, ${left[0].lastError}` : ''})`);
  const published = shares.filter((share) => share.status === 'published');
  if (new Set(published.map((share) => share.externalId)).size !== published.length) problems.push('two published shares name the same post');
  const byId = new Map(posts.map((post) => [post.id, post]));
  const wrong = published.filter((share) => {
    const post = byId.get(share.externalId ?? '');
    return !post || post.commentary !== share.finalText || post.authorEmail !== share.memberEmail;
  });
  if (wrong.length > 0) problems.push(`${wrong.length} published shares name no post of theirs at the sandbox (e.g. ${wrong[0].id} → ${wrong[0].externalId})`);
  return [...problems, ...postsProblems(shares.map((share) => ({ memberEmail: share.memberEmail, text: share.finalText })), posts)];
}

/** Waits while posts keep arriving until there are `count`; throws when none came for STALL_MS or a process died. */
async function untilPosted(sandbox: Sandbox, count: number, processes: BundleProcess[]): Promise<void> {
  let last = -1;
  let movedAt = Date.now();
  for (;;) {
    const now = await sandbox.postCount();
    if (now >= count) return;
    if (now !== last) (last = now), (movedAt = Date.now());
    if (Date.now() - movedAt > STALL_MS) {
      throw new Error(`Stuck at ${now} of ${count} posts for ${STALL_MS / 1000} s:\n${processes.map((p) => p.log).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function untilPublished(seed: DispatchSeed, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && (await seed.publishedCount()) < count) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Waits until every published share has its points (or POINTS_WAIT_MS passed). */
async function untilPointed(seed: DispatchSeed, count: number): Promise<void> {
  const deadline = Date.now() + POINTS_WAIT_MS;
  while (Date.now() < deadline && (await seed.pointedCount()) < count) await new Promise((resolve) => setTimeout(resolve, 250));
}

/** The statements the processes counted so far (DB_STATEMENT_COUNTS_FILE), summed. */
function statementCounts(files: string[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const [kind, n] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>)) sum[kind] = (sum[kind] ?? 0) + n;
  }
  return sum;
}

interface PgCounters {
  commits: number;
  returned: number;
  fetched: number;
  outboxRows: number;
  /** Rows read by scans and index fetches, by table. */
  byTable: Record<string, number>;
  /** Index entries read, by index. */
  byIndex: Record<string, number>;
}

/** The run database's counters in pg_stat_database and the outbox tables' in pg_stat_user_tables. */
async function pgCounters(url: string): Promise<PgCounters> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const database = await client.query<{ commits: string; returned: string; fetched: string }>(
      'SELECT xact_commit AS commits, tup_returned AS returned, tup_fetched AS fetched FROM pg_stat_database WHERE datname = current_database()',
    );
    const tables = await client.query<{ table: string; seq: string; fetched: string }>(
      'SELECT relname AS table, COALESCE(seq_tup_read, 0) AS seq, COALESCE(idx_tup_fetch, 0) AS fetched FROM pg_stat_user_tables',
    );
    const byTable = Object.fromEntries(tables.rows.flatMap((t) => [[t.table, Number(t.seq) + Number(t.fetched)], [`${t.table} by seq scans`, Number(t.seq)]]));
    const indexes = await client.query<{ index: string; rows: string }>('SELECT indexrelname AS index, idx_tup_read AS rows FROM pg_stat_user_indexes');
    const byIndex = Object.fromEntries(indexes.rows.map((i) => [i.index, Number(i.rows)]));
    const row = database.rows[0];
    const outboxRows = (byTable.outbox_events ?? 0) + (byTable.outbox_deliveries ?? 0);
    return { commits: Number(row.commits), returned: Number(row.returned), fetched: Number(row.fetched), outboxRows, byTable, byIndex };
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** The raw ceiling: every post straight from this process, RAW_CONCURRENCY requests in flight. */
async function runRaw(sandbox: Sandbox, shares: number, repeat: number): Promise<Run> {
  const tokens = await sandbox.freshTokens();
  // Chorus's defaults (API version, APP_URL for the links), read as a distributed process would, so nothing is written to disk.
  const config = loadConfig({ LINKEDIN_SANDBOX_URL: sandbox.url, REDIS_URL, JWT_SECRET: randomBytes(32).toString('hex'), TOKEN_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}` });
  const restli = new RestliClient();
  const uninstall = installLinkedinOriginRewrite(sandbox.url, restli.axiosInstance);
  const expected = Array.from({ length: shares }, (_, i) => {
    const token = tokens[i % tokens.length];
    const text = `Proud of the team (all ${tokens.length} of us) opening in Surabaya: share ${i + 1} of raw run ${repeat}. ${randomUUID()}\n\n#employee`;
    return { token, memberEmail: token.member, text };
  });
  let next = 0;
  const failures: string[] = [];
  const dueMs = Date.now();
  try {
    await Promise.all(
      Array.from({ length: Math.min(RAW_CONCURRENCY, shares) }, async () => {
        while (next < expected.length) {
          const { token, text } = expected[next++];
          const entity = {
            author: `urn:li:person:${token.sub}`,
            commentary: escapeLittleText(text, { hashtags: true }),
            visibility: 'PUBLIC',
            distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
            lifecycleState: 'PUBLISHED',
            isReshareDisabledByAuthor: false,
            content: { article: { source: trackedUrl(config.appUrl, newTrackingCode()), title: 'Chorus opens its Surabaya office', description: 'Forty new colleagues, and a view of the harbour.' } },
          };
          try {
            await restli.create({ resourcePath: '/posts', entity, accessToken: token.access_token, versionString: config.linkedin.apiVersion });
          } catch (error) {
            failures.push((error as Error).message);
          }
        }
      }),
    );
  } finally {
    uninstall();
  }
  const posts = await sandbox.posts();
  const problems = [...(failures.length > 0 ? [`${failures.length} requests failed (e.g. ${failures[0]})`] : []), ...postsProblems(expected, posts)];
  return { mode: 'raw', repeat, ...figures(posts, dueMs), problems, answers: await sandbox.postAnswers(), phases: `sent in ${seconds(Date.now() - dueMs)}` };
}

/** A database (and for distributed modes a Redis prefix) for one run, and how to remove them. */
async function runEnvironment(distributed: boolean): Promise<{ env: Record<string, string>; dispose: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chorus-bench-dispatch-'));
  const env: Record<string, string> = { DATA_DIR: dataDir, WEB_DIST_DIR: join(dataDir, 'web') };
  if (!distributed) return { env, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const services = await throwawayServices('chorus-bench-dispatch');
  return {
    env: { ...env, ...services.env },
    dispose: async () => {
      await services.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One Chorus run: fresh database, seeded, processes started, the burst scheduled, posts awaited and checked. */
async function runChorus(sandbox: Sandbox, mode: Exclude<Mode, 'raw'>, o: Options, repeat: number): Promise<Run> {
  const workers = mode === 'embedded' ? 0 : Number(mode.split('-')[1]);
  const tokens = await sandbox.freshTokens();
  const resources = await runEnvironment(workers > 0);
  const appPort = await freePort();
  const env: Record<string, string> = {
    ...resources.env,
    LINKEDIN_SANDBOX_URL: sandbox.url,
    APP_URL: `http://127.0.0.1:${appPort}`,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    // Chorus's own count of a member's posts a day: never what holds the burst back.
    LINKEDIN_MEMBER_DAILY_LIMIT: String(Math.max(150, Math.ceil(o.shares / o.members))),
  };
  const processes: BundleProcess[] = [];
  try {
    let mark = Date.now();
    const phases: string[] = [];
    const phase = (name: string) => {
      phases.push(`${name} ${seconds(Date.now() - mark)}`);
      mark = Date.now();
    };
    const seed = await DispatchSeed.open(loadConfig({ ...env, LOG_LEVEL: 'error' }));
    try {
      phase('migrations');
      const { sharesMs } = await seed.seed(tokens, o.shares, `${mode} run ${repeat}`);
      phase('seeding');
      const countsFiles = Array.from({ length: Math.max(1, workers) }, (_, i) => join(env.DATA_DIR, `statements-${i + 1}.json`));
      const profiles: string[] = [];
      const profiling = (name: string): Record<string, string> => {
        if (!o.cpuProfileDir) return {};
        mkdirSync(o.cpuProfileDir, { recursive: true });
        profiles.push(join(o.cpuProfileDir, `${mode}-${repeat}-${name}.cpuprofile`));
        return { NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.js')}`, CHORUS_BENCH_CPU_PROFILE: profiles[profiles.length - 1] };
      };
      if (workers === 0) {
        processes.push(new BundleProcess('embedded', 'embedded', { ...env, PORT: String(appPort), DB_STATEMENT_COUNTS_FILE: countsFiles[0], ...profiling('embedded') }));
        await processes[0].waitFor(`http://127.0.0.1:${appPort}/health/ready`);
      } else {
        const ports = await Promise.all(Array.from({ length: workers }, () => freePort()));
        for (const [i, port] of ports.entries()) {
          processes.push(new BundleProcess(`worker ${i + 1}`, 'worker', { ...env, WORKER_HEALTH_PORT: String(port), DB_STATEMENT_COUNTS_FILE: countsFiles[i], ...profiling(`worker-${i + 1}`) }));
        }
        await Promise.all(processes.map((p, i) => p.waitFor(`http://127.0.0.1:${ports[i]}/health/ready`)));
      }
      phase('start');
      // Scheduling writes half of what creating and approving wrote: all of it is committed well before the due time.
      const due = new Date(Date.now() + 1000 + sharesMs);
      await seed.scheduleAll(due);
      const statementsBefore = statementCounts(countsFiles);
      for (const name of profiles) writeFileSync(`${name}.start`, '');
      const pgBefore = workers > 0 ? await pgCounters(env.DATABASE_URL) : null;
      phase('scheduling');
      const lateBy = Date.now() - due.getTime();
      if (lateBy > 0) console.warn(`  (${mode} run ${repeat}: scheduling finished ${lateBy} ms after the due time; lateness includes that)`);
      await untilPosted(sandbox, o.shares, processes);
      await untilPublished(seed, o.shares);
      phase('until published');
      const published = await seed.publishedCount();
      const awards = await seed.pointsExpected();
      await untilPointed(seed, awards);
      phase('until points');
      // Stopped, so that every backend has flushed its statistics and every process its counts.
      await Promise.all(processes.map((p) => p.stop()));
      const statementsAfter = statementCounts(countsFiles);
      const pgAfter = pgBefore ? await pgCounters(env.DATABASE_URL) : null;
      const [shares, posts, pointTimes] = await Promise.all([seed.shares(), sandbox.posts(), seed.pointTimes()]);
      const per = (n: number) => n / Math.max(1, published);
      const top = (after: Record<string, number>, before: Record<string, number>) =>
        Object.entries(after)
          .filter(([name]) => !name.endsWith(' by seq scans'))
          .map(([name, n]): [string, number] => [name, per(n - (before[name] ?? 0))])
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6);
      const byKind = Object.fromEntries(Object.entries(statementsAfter).map(([kind, n]) => [kind, per(n - (statementsBefore[kind] ?? 0))]));
      const lags = pointTimes.map((t) => t.pointedAt.getTime() - t.publishedAt.getTime()).sort((a, b) => a - b);
      const counters: Counters = {
        statements: byKind.total ?? NaN,
        commits: pgBefore && pgAfter ? per(pgAfter.commits - pgBefore.commits) : (byKind.commit ?? 0),
        ...(pgBefore && pgAfter
          ? {
              returned: per(pgAfter.returned - pgBefore.returned),
              fetched: per(pgAfter.fetched - pgBefore.fetched),
              outboxRows: per(pgAfter.outboxRows - pgBefore.outboxRows),
              topTables: top(pgAfter.byTable, pgBefore.byTable).map(([name, n]): [string, number, number] => [
                name,
                n,
                per(pgAfter.byTable[`${name} by seq scans`] - (pgBefore.byTable[`${name} by seq scans`] ?? 0)),
              ]),
              topIndexes: top(pgAfter.byIndex, pgBefore.byIndex),
            }
          : {}),
        byKind,
        pointsP50Ms: percentile(lags, 0.5),
        pointsP99Ms: percentile(lags, 0.99),
        withoutPoints: awards - pointTimes.length,
      };
      return { mode, repeat, ...figures(posts, due.getTime()), problems: sharesProblems(shares, o.shares, posts), answers: await sandbox.postAnswers(), phases: phases.join(', '), counters };
    } finally {
      await Promise.all(processes.map((p) => p.stop()));
      await seed.close();
    }
  } finally {
    await resources.dispose();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function describe(run: Run): string {
  const others = Object.entries(run.answers).filter(([status]) => status !== '201');
  const answers = others.length > 0 ? `; the sandbox also answered ${others.map(([status, n]) => `${status}×${n}`).join(' ')}` : '';
  const verdict = run.problems.length === 0 ? 'exactly once' : `NOT exactly once: ${run.problems.join('; ')}`;
  const c = run.counters;
  const counters = c
    ? `\n  per share: ${c.statements.toFixed(1)} statements (${Object.entries(c.byKind)
        .filter(([kind]) => kind !== 'total')
        .map(([kind, n]) => `${kind} ${n.toFixed(2)}`)
        .join(', ')}), ${c.commits.toFixed(2)} commits` +
      (c.returned !== undefined
        ? `, ${whole.format(c.returned)} rows returned, ${whole.format(c.fetched!)} fetched, ${whole.format(c.outboxRows!)} outbox rows read; rows read by table: ${c.topTables!.map(([t, n, seq]) => `${t} ${whole.format(n)}${seq >= 0.5 ? ` (${whole.format(seq)} by seq scans)` : ''}`).join(', ')}; index entries read: ${c.topIndexes!.map(([t, n]) => `${t} ${whole.format(n)}`).join(', ')}`
        : '') +
      `; points ${seconds(c.pointsP50Ms)} / ${seconds(c.pointsP99Ms)} after publishing (p50 / p99)${c.withoutPoints > 0 ? `, ${c.withoutPoints} awards MISSING` : ''}`
    : '';
  return `${run.mode} run ${run.repeat}: ${whole.format(run.perSecond)} shares/s, lateness first ${seconds(run.firstMs)}, p50 ${seconds(run.p50Ms)}, p99 ${seconds(run.p99Ms)}, ${verdict}${answers}${run.phases ? ` (${run.phases})` : ''}${counters}`;
}

async function main(): Promise<void> {
  const o = options();
  const loadAtStart = loadavg();
  if (o.only.some((mode) => mode.startsWith('distributed'))) await checkServices('--only');
  const sandbox = await Sandbox.start(o.members);
  const runs: Run[] = [];
  try {
    for (let repeat = 1; repeat <= o.repeats; repeat++) {
      for (const mode of o.only) {
        let run: Run;
        try {
          run = mode === 'raw' ? await runRaw(sandbox, o.shares, repeat) : await runChorus(sandbox, mode, o, repeat);
        } catch (error) {
          run = { mode, repeat, perSecond: NaN, p50Ms: NaN, p99Ms: NaN, firstMs: NaN, problems: [`the run failed: ${(error as Error).stack ?? String(error)}`], answers: {}, phases: '' };
        }
        runs.push(run);
        console.log(describe(run));
      }
    }
  } finally {
    await sandbox.process.stop();
  }

  const loadAtEnd = loadavg();
  const rawRuns = runs.filter((run) => run.mode === 'raw' && run.problems.length === 0);
  const raw = rawRuns.length > 0 ? median(rawRuns.map((run) => run.perSecond)) : NaN;
  console.log(
    `\nDispatch: ${whole.format(o.shares)} shares due at one instant, ${whole.format(o.members)} sandbox members, ${o.repeats} repeat${o.repeats > 1 ? 's' : ''}; ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadAtEnd.map((l) => l.toFixed(1)).join(' ')} at the end\n`,
  );
  console.log('| mode | shares/s | ÷ raw | lateness p50 / p99 | exactly-once | statements / share | commits / share | rows returned / fetched per share | outbox rows read / share | points after publish p50 / p99 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const mode of o.only) {
    const ofMode = runs.filter((run) => run.mode === mode);
    const good = ofMode.filter((run) => Number.isFinite(run.perSecond));
    const perSecond = good.length > 0 ? median(good.map((run) => run.perSecond)) : NaN;
    const range = good.length > 1 ? ` (${whole.format(Math.min(...good.map((r) => r.perSecond)))}–${whole.format(Math.max(...good.map((r) => r.perSecond)))})` : '';
    const ratio = Number.isFinite(raw) && Number.isFinite(perSecond) ? (perSecond / raw).toFixed(2) : '—';
    const lateness = good.length > 0 ? `${seconds(median(good.map((r) => r.p50Ms)))} / ${seconds(median(good.map((r) => r.p99Ms)))}` : '—';
    const failed = ofMode.filter((run) => run.problems.length > 0).length;
    const exactlyOnce = failed === 0 ? `yes (${ofMode.length} of ${ofMode.length})` : `NO (${failed} of ${ofMode.length} failed)`;
    const counted = good.filter((r) => r.counters).map((r) => r.counters!);
    const mid = (pick: (c: Counters) => number | undefined, format: (n: number) => string) => {
      const values = counted.map(pick).filter((n): n is number => n !== undefined && Number.isFinite(n));
      return values.length > 0 ? format(median(values)) : '—';
    };
    const one = (n: number) => n.toFixed(1);
    const counters = [
      mid((c) => c.statements, one),
      mid((c) => c.commits, (n) => n.toFixed(2)),
      counted.some((c) => c.returned !== undefined) ? `${mid((c) => c.returned, whole.format)} / ${mid((c) => c.fetched, whole.format)}` : '—',
      mid((c) => c.outboxRows, one),
      counted.length > 0 ? `${mid((c) => c.pointsP50Ms, seconds)} / ${mid((c) => c.pointsP99Ms, seconds)}` : '—',
    ];
    console.log(`| ${MODE_NAMES[mode]} | ${Number.isFinite(perSecond) ? whole.format(perSecond) : '—'}${range} | ${ratio} | ${lateness} | ${exactlyOnce} | ${counters.join(' | ')} |`);
  }
  if (o.repeats > 1) console.log('\nshares/s is the median of the repeats (their range in brackets); lateness the medians of their p50 and p99.');
  if (runs.some((run) => run.problems.length > 0 || (run.counters?.withoutPoints ?? 0) > 0)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
