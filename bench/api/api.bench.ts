/**
 * API reads benchmark (issue #14): how fast the signed-in reads an employee's screens make answer
 * under load, beside a route of the same stack that reads nothing, in an organisation of N
 * employees, with the real processes of each mode.
 *
 *   npm run bench:api [-- --employees 10000 --db sqlite|postgres|both --connections 50 --seconds 10 --drivers 20 --cpu-prof --keep]
 *
 * Modes (--db):
 *   sqlite     one embedded process (SQLite, in-process jobs)
 *   postgres   the distributed api process (PostgreSQL, Redis), on a database made for the run
 *              and dropped after it, with a Redis key prefix of its own, deleted after it
 * For each, a fresh database is seeded through Chorus's services and repositories
 * (bench/api/seed.ts): one organisation, N employees in teams of 50, posts for everyone and for
 * teams, published shares and the points they earned. Then the process starts, `--drivers`
 * employees sign in through `POST /api/v1/auth/login`, every route is read once per driver and
 * checked, and each route is driven for `--seconds` from this process with `--connections`
 * keep-alive connections, the drivers' tokens taken in turn:
 *   bare           GET /health/live (Nest, middleware, logging; no database, no sign-in)
 *   me             GET /api/v1/me
 *   feed           GET /api/v1/feed
 *   shares         GET /api/v1/shares
 *   leaderboards   GET /api/v1/leaderboards
 * It prints req/s, req/s ÷ bare, p50 and p99 per route and the load average, and exits 1 when a
 * read answered anything but 200 or returned nothing. `--cpu-prof` writes a CPU profile of the
 * server process to bench-api-profiles/ (open it in Chrome's DevTools); `--keep` leaves the
 * seeded database (and the SQLite file) in place and says where, for EXPLAIN.
 *
 * PostgreSQL: CHORUS_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 * Redis: CHORUS_BENCH_REDIS_URL (default redis://127.0.0.1:6379).
 */
import 'reflect-metadata';
import { loadConfig } from '@chorus/config';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, drive, get, LoadRun } from '../support/http-load';
import { BundleProcess, freePort } from '../support/processes';
import { checkServices, throwawayServices } from '../support/services';
import { BENCH_PASSWORD, SeededOrganization, seedOrganization } from './seed';

const DATABASES = ['sqlite', 'postgres'] as const;
type Db = (typeof DATABASES)[number];

const MODE_NAMES: Record<Db, string> = {
  sqlite: 'embedded (SQLite)',
  postgres: 'distributed api (PostgreSQL, Redis)',
};

interface Options {
  employees: number;
  dbs: Db[];
  connections: number;
  seconds: number;
  drivers: number;
  cpuProf: boolean;
  keep: boolean;
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
  const db = value('db') ?? 'both';
  if (db !== 'both' && !(DATABASES as readonly string[]).includes(db)) usage(`--db takes sqlite, postgres or both; got "${db}".`);
  const employees = whole('employees', 10_000, 1);
  return {
    employees,
    dbs: db === 'both' ? [...DATABASES] : [db as Db],
    connections: whole('connections', 50, 1),
    seconds: whole('seconds', 10, 1),
    drivers: Math.min(employees, whole('drivers', 20, 1)),
    cpuProf: args.includes('--cpu-prof'),
    keep: args.includes('--keep'),
  };
}

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npm run bench:api [-- --employees 10000 --db sqlite|postgres|both --connections 50 --seconds 10 --drivers 20 --cpu-prof --keep]`);
  process.exit(2);
}

interface Route {
  name: string;
  path: string;
  signedIn: boolean;
  /** What a driver's answer holds, for the check before the load; empty means it returned nothing. */
  holds: (body: unknown) => string;
}

const ROUTES: Route[] = [
  { name: 'bare /health/live', path: '/health/live', signedIn: false, holds: () => 'alive' },
  { name: 'GET /api/v1/me', path: '/api/v1/me', signedIn: true, holds: (b) => ((b as { teams?: unknown[] }).teams?.length ? `${(b as { teams: unknown[] }).teams.length} team` : '') },
  { name: 'GET /api/v1/feed', path: '/api/v1/feed', signedIn: true, holds: (b) => count((b as { items?: unknown[] }).items, 'posts') },
  { name: 'GET /api/v1/shares', path: '/api/v1/shares', signedIn: true, holds: (b) => count(b as unknown[], 'shares') },
  { name: 'GET /api/v1/leaderboards', path: '/api/v1/leaderboards', signedIn: true, holds: (b) => count((b as { entries?: unknown[] }).entries, 'entries') },
];

function count(list: unknown[] | undefined, what: string): string {
  return Array.isArray(list) && list.length > 0 ? `${list.length} ${what}` : '';
}

interface ModeResult {
  db: Db;
  seeded: SeededOrganization;
  runs: LoadRun[];
  checks: string[];
  problems: string[];
  rssMb: number;
}

async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: BENCH_PASSWORD }) });
  if (response.status !== 200) throw new Error(`Signing in ${email} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

function rssMb(pid: number | undefined): number {
  try {
    const status = require('node:fs').readFileSync(`/proc/${pid}/status`, 'utf8') as string;
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return NaN;
  }
}

async function runMode(db: Db, o: Options): Promise<ModeResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chorus-bench-api-'));
  const services = db === 'postgres' ? await throwawayServices('chorus-bench-api') : null;
  const port = await freePort();
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    WEB_DIST_DIR: join(dataDir, 'web'),
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    LINKEDIN_SANDBOX_PORT: String(await freePort()),
    ...services?.env,
  };
  let server: BundleProcess | null = null;
  try {
    const started = Date.now();
    const seeded = await seedOrganization(loadConfig({ ...env, LOG_LEVEL: 'error' }), o.employees, o.drivers);
    console.log(
      `  ${db}: seeded ${seeded.employees.toLocaleString('en')} employees in ${seeded.teams.toLocaleString('en')} teams, ${seeded.posts} posts, ${seeded.shares.toLocaleString('en')} shares in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
        `(people ${seeded.seconds.people.toFixed(1)} s, posts ${seeded.seconds.content.toFixed(1)} s, shares ${seeded.seconds.shares.toFixed(1)} s, points ${seeded.seconds.points.toFixed(1)} s)`,
    );
    const nodeArgs = o.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${join(process.cwd(), 'bench-api-profiles')}`, `--cpu-prof-name=${db}-${o.employees}-${Date.now()}.cpuprofile`] : [];
    if (o.cpuProf) mkdirSync(join(process.cwd(), 'bench-api-profiles'), { recursive: true });
    server = db === 'sqlite' ? new BundleProcess('embedded', 'embedded', env, [], nodeArgs) : new BundleProcess('api', 'api', env, ['api'], nodeArgs);
    await server.waitFor(`http://127.0.0.1:${port}/health/ready`);

    const tokens: string[] = [];
    for (const email of seeded.drivers) tokens.push(await signIn(`http://127.0.0.1:${port}`, email));
    let turn = 0;
    const headersFor = (route: Route): Record<string, string> => (route.signedIn ? { authorization: `Bearer ${tokens[turn++ % tokens.length]}` } : {});

    // Every route once per driver, answered 200 with something in it, before any load.
    const problems: string[] = [];
    const checks: string[] = [];
    const agent = new Agent({ keepAlive: true });
    for (const route of ROUTES) {
      const held = new Set<string>();
      for (const token of tokens) {
        const { status, body } = await get(agent, port, route.path, route.signedIn ? { authorization: `Bearer ${token}` } : {}, true);
        const holds = status === 200 ? route.holds(route.signedIn ? JSON.parse(body) : body) : '';
        if (status !== 200) problems.push(`${route.name} answered ${status} for a driver: ${body.slice(0, 300)}`);
        else if (!holds) problems.push(`${route.name} returned nothing for a driver: ${body.slice(0, 300)}`);
        held.add(holds);
        if (!route.signedIn) break;
      }
      checks.push(`${route.name.replace(/^GET \/api\/v1\//, '')}: ${[...held].filter(Boolean).slice(0, 3).join(', ')}`);
    }
    agent.destroy();

    // Warm up the JIT and the connection pools on every route first.
    await drive('warm-up', port, o.connections, 2, () => {
      const route = ROUTES[turn % ROUTES.length];
      return { path: route.path, headers: headersFor(route) };
    });
    const runs: LoadRun[] = [];
    for (const route of ROUTES) {
      const run = await drive(route.name, port, o.connections, o.seconds, () => ({ path: route.path, headers: headersFor(route) }));
      const others = [...run.statuses.keys()].filter((status) => status !== 200);
      if (others.length > 0) problems.push(`${route.name} answered ${answers(run)} under load`);
      runs.push(run);
    }
    return { db, seeded, runs, checks, problems, rssMb: rssMb(server.pid) };
  } catch (error) {
    if (server) console.error(server.log);
    throw error;
  } finally {
    await server?.stop();
    if (o.keep) {
      console.log(`  ${db}: kept ${services ? `${services.env.DATABASE_URL} (Redis prefix ${services.env.REDIS_PREFIX})` : join(dataDir, 'chorus.sqlite')}`);
    } else {
      await services?.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

async function main(): Promise<void> {
  const o = options();
  const loadAtStart = loadavg();
  if (o.dbs.includes('postgres')) await checkServices('--db sqlite');
  const results: ModeResult[] = [];
  for (const db of o.dbs) results.push(await runMode(db, o));
  const loadAtEnd = loadavg();

  console.log(
    `\nAPI reads: ${o.employees.toLocaleString('en')} employees, ${o.drivers} signed in, ${o.connections} connections, ${o.seconds} s per route; ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadAtEnd.map((l) => l.toFixed(1)).join(' ')} at the end\n`,
  );
  console.log('| mode | route | req/s | ÷ bare | p50 ms | p99 ms | answers |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const result of results) {
    const bare = result.runs[0].perSecond;
    for (const run of result.runs) {
      console.log(`| ${MODE_NAMES[result.db]} | ${run.route} | ${run.perSecond.toFixed(0)} | ${(run.perSecond / bare).toFixed(2)} | ${run.p50.toFixed(1)} | ${run.p99.toFixed(1)} | ${answers(run)} |`);
    }
  }
  for (const result of results) {
    console.log(`\n${MODE_NAMES[result.db]}: server RSS ${result.rssMb.toFixed(0)} MB after the runs; a driver's answers: ${result.checks.slice(1).join('; ')}`);
    for (const problem of result.problems) console.log(`  PROBLEM: ${problem}`);
  }
  if (results.some((result) => result.problems.length > 0)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
