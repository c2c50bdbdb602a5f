/**
 * Results export benchmark (issue #12): how fast `GET /analytics/export.csv` streams a large
 * export, and whether the server's memory stays the same however many rows it writes. Runs the
 * real embedded bundle as its own process (SQLite, or PostgreSQL with --db postgres), seeds N
 * published shares (with clicks and engagement snapshots for a quarter of them) straight into
 * its database after its migrations ran, then downloads each table over HTTP as a curator,
 * counting rows, while sampling the server's memory: RSS from /proc/<pid>/status every 50 ms,
 * and its V8 heap from a probe preloaded into it (bench/export/memory-probe.js).
 *
 *   npm run bench:export [-- --rows 1000000 --db sqlite|postgres --tables shares,posts,advocates --users 1000 --posts 10000]
 *
 * PostgreSQL: a temporary database on CHORUS_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * dropped afterwards. Seeding is one INSERT … SELECT per table (not the app's write paths): it
 * is the export's reads that are measured. Exits non-zero when a table has the wrong row count.
 */
import Database from 'better-sqlite3';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { AddressInfo, createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '..', '..');
const TABLES = ['shares', 'posts', 'advocates'] as const;
type Table = (typeof TABLES)[number];
const DAY_S = 86_400;

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The few statements seeding needs, on either database; every value in them is the benchmark's own. */
interface SeedDb {
  sqlite: boolean;
  run(sql: string): Promise<void>;
  all<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

function sqliteDb(path: string): SeedDb {
  const db = new Database(path);
  db.pragma('busy_timeout = 30000');
  db.pragma('cache_size = -262144');
  return {
    sqlite: true,
    run: async (sql) => {
      db.exec(sql);
    },
    all: async <T>(sql: string) => db.prepare(sql).all() as T[],
    close: async () => {
      db.close();
    },
  };
}

async function postgresDb(url: string): Promise<SeedDb> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    sqlite: false,
    run: async (sql) => void (await client.query(sql)),
    all: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: () => client.end(),
  };
}

/** SQL that differs between the two databases. */
function dialect(db: SeedDb) {
  return {
    series: (count: number) => (db.sqlite ? `WITH RECURSIVE series(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM series WHERE n + 1 < ${count})` : `WITH series(n) AS (SELECT generate_series(0, ${count - 1}))`),
    uuid: db.sqlite ? `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))` : 'gen_random_uuid()::text',
    /** An instant from Unix seconds, as each database stores a UtcDateColumn. */
    at: (seconds: string) => (db.sqlite ? `strftime('%Y-%m-%d %H:%M:%f', ${seconds}, 'unixepoch')` : `to_timestamp(${seconds})`),
    plus: (column: string, seconds: number) => (db.sqlite ? `strftime('%Y-%m-%d %H:%M:%f', ${column}, '+${seconds} seconds')` : `${column} + interval '${seconds} seconds'`),
    oneIn: (k: number) => (db.sqlite ? `abs(random()) % ${k} = 0` : `random() < ${1 / k}`),
    random: (below: number) => (db.sqlite ? `abs(random()) % ${below}` : `floor(random() * ${below})::int`),
    no: db.sqlite ? '0' : 'false',
  };
}

async function columnsOf(db: SeedDb, table: string): Promise<string[]> {
  const rows = db.sqlite
    ? await db.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    : await db.all<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY ordinal_position`);
  return rows.map((r) => r.name);
}

/** `count` copies of one row with a new id (and the columns given), numbered 0…count-1 in a temporary table `bench_<table>`. */
async function copies(db: SeedDb, table: string, sourceId: string, count: number, overrides: Record<string, string>): Promise<void> {
  const sql = dialect(db);
  const columns = await columnsOf(db, table);
  const values = columns.map((c) => (c === 'id' ? sql.uuid : (overrides[c] ?? `source."${c}"`)));
  await db.run(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) ${sql.series(count)} SELECT ${values.join(', ')} FROM series, "${table}" source WHERE source.id = '${sourceId}'`);
  const marker = overrides.email ? `email LIKE 'bench-%@bench.test'` : `title LIKE 'Bench post %'`;
  await db.run(`CREATE TEMP TABLE "bench_${table}" AS SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id FROM "${table}" WHERE ${marker}`);
  await db.run(`CREATE INDEX "bench_${table}_n" ON "bench_${table}" (n)`);
}

async function seed(db: SeedDb, rows: number, users: number, posts: number): Promise<void> {
  const sql = dialect(db);
  const [org] = await db.all<{ id: string }>(`SELECT id FROM organizations WHERE slug = 'demo'`);
  const [ana] = await db.all<{ id: string }>(`SELECT id FROM users WHERE email = 'ana@demo.chorus'`);
  const [post] = await db.all<{ id: string }>(`SELECT id FROM posts WHERE "organizationId" = '${org.id}' ORDER BY id LIMIT 1`);
  await copies(db, 'users', ana.id, users, { email: `'bench-' || n || '@bench.test'`, name: `'Advocate ' || n` });
  await copies(db, 'posts', post.id, posts, { title: `'Bench post ' || n` });
  // Published over the last four weeks (the export's default range is the last 30 days).
  const newest = Math.floor(Date.now() / 1000) - 3600;
  await db.run(
    `INSERT INTO shares (id, "organizationId", "userId", "postId", "connectionId", network, commentary, "finalText", status, slotted, attempts, "outcomeUnknown", "publishedAt", "createdAt", "updatedAt")
     ${sql.series(rows)}, timed AS (SELECT n, ${sql.at(`${newest} - (n * 7919) % ${28 * DAY_S}`)} AS at FROM series)
     SELECT ${sql.uuid}, '${org.id}', u.id, p.id, ${sql.uuid}, 'linkedin', 'Benchmark', 'Benchmark', 'published', ${sql.no}, 1, ${sql.no}, timed.at, timed.at, timed.at
     FROM timed JOIN bench_users u ON u.n = timed.n % ${users} JOIN bench_posts p ON p.n = (timed.n * 31) % ${posts}`,
  );
  // A quarter of the shares were clicked once and read twice by the engagement tick.
  await db.run(
    `INSERT INTO link_clicks (id, "organizationId", "shareId", "visitorHash", "clickedAt")
     SELECT ${sql.uuid}, "organizationId", id, 'bench-visitor', ${sql.plus('"publishedAt"', 600)} FROM shares WHERE "organizationId" = '${org.id}' AND ${sql.oneIn(4)}`,
  );
  for (const after of [900, 3600]) {
    await db.run(
      `INSERT INTO engagement_snapshots (id, "organizationId", "shareId", network, reactions, comments, reshares, impressions, "capturedAt")
       SELECT ${sql.uuid}, "organizationId", "shareId", 'linkedin', ${sql.random(20)}, ${sql.random(5)}, ${sql.random(3)}, ${sql.random(2000)}, ${sql.plus('"clickedAt"', after)}
       FROM link_clicks WHERE "organizationId" = '${org.id}'`,
    );
  }
  if (!db.sqlite) await db.run('ANALYZE');
}

interface Memory {
  rss: number;
  heapUsed: number;
}

function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return NaN;
  }
}

/** The server's memory as last sampled, and the highest since `reset`. */
class MemorySampler {
  private heapUsed = 0;
  private peak: Memory = { rss: 0, heapUsed: 0 };
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly child: ChildProcess) {
    child.on('message', (message: { heapUsed: number }) => {
      this.heapUsed = message.heapUsed;
      this.peak.heapUsed = Math.max(this.peak.heapUsed, message.heapUsed);
    });
    this.timer = setInterval(() => (this.peak.rss = Math.max(this.peak.rss, rssOf(child.pid!))), 50);
  }

  now(): Memory {
    return { rss: rssOf(this.child.pid!), heapUsed: this.heapUsed };
  }

  /** Collects the server's garbage, then starts counting peaks from what is left. */
  async settle(): Promise<Memory> {
    this.child.send('gc');
    await new Promise((r) => setTimeout(r, 1000));
    const now = this.now();
    this.peak = { ...now };
    return now;
  }

  peaks(): Memory {
    return { ...this.peak };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

function post(port: number, path: string, body: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

interface Download {
  status: number;
  rows: number;
  bytes: number;
  firstByteMs: number;
  totalMs: number;
}

/** Streams the export, counting lines as they arrive (no title or name in the seed holds a line break). */
function download(port: number, path: string, token: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    let firstByteMs = NaN;
    let lines = 0;
    let bytes = 0;
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.on('data', (chunk: Buffer) => {
        if (bytes === 0) firstByteMs = elapsed();
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, rows: lines - 1, bytes, firstByteMs, totalMs: elapsed() }));
      res.on('error', reject);
    });
    req.on('error', (error) => reject(new Error(`GET ${path}: ${error.message} after ${bytes} bytes`)));
    req.end();
  });
}

async function waitReady(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`Chorus exited while starting:\n${log()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/health/ready', agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
      req.end();
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Chorus did not become ready:\n${log()}`);
}

/**
 * Asks `/health/live` (no database) one request after another until `done` settles: how long
 * another request waits while the export runs in the same process.
 */
async function latenciesWhile(port: number, done: Promise<unknown>): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let finished = false;
  void done.finally(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const started = process.hrtime.bigint();
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/health/live', agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', (error) => reject(new Error(`GET /health/live during the export: ${error.message}`)));
      req.end();
    });
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    await new Promise((r) => setTimeout(r, 20));
  }
  agent.destroy();
  return latencies.sort((a, b) => a - b);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  const rows = Number(option('rows', '100000'));
  const users = Number(option('users', '1000'));
  const posts = Number(option('posts', String(Math.max(1, Math.floor(rows / 100)))));
  const dbType = option('db', 'sqlite');
  if (dbType !== 'sqlite' && dbType !== 'postgres') throw new Error('--db is sqlite or postgres');
  const tables = option('tables', TABLES.join(',')).split(',') as Table[];
  if (!tables.every((t) => (TABLES as readonly string[]).includes(t))) throw new Error(`--tables takes ${TABLES.join(', ')}`);

  const dataDir = mkdtempSync(join(tmpdir(), 'chorus-bench-export-'));
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: dataDir,
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    LINKEDIN_SANDBOX_PORT: String(await freePort()),
    WEB_DIST_DIR: join(dataDir, 'web'),
  };
  let admin: Client | null = null;
  let pgName = '';
  if (dbType === 'postgres') {
    const adminUrl = process.env.CHORUS_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    pgName = `chorus_bench_export_${process.pid}`;
    admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pgName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${pgName}`;
    Object.assign(env, { DATABASE_URL: url.toString(), JWT_SECRET: randomBytes(32).toString('hex'), TOKEN_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}` });
  }

  let output = '';
  const child = spawn(process.execPath, ['--expose-gc', '--require', join(__dirname, 'memory-probe.js'), join(ROOT, 'dist', 'apps', 'embedded', 'main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-10_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const sampler = new MemorySampler(child);
  try {
    await waitReady(port, child, () => output);
    const seedStarted = Date.now();
    const db = dbType === 'sqlite' ? sqliteDb(join(dataDir, 'chorus.sqlite')) : await postgresDb(env.DATABASE_URL);
    try {
      await seed(db, rows, users, posts);
    } finally {
      await db.close();
    }
    const seedS = (Date.now() - seedStarted) / 1000;
    const login = await post(port, '/api/v1/auth/login', { email: 'curator@demo.chorus', password: 'chorus-demo' });
    if (login.status !== 200) throw new Error(`Signing in failed: ${login.status} ${login.body}`);
    const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;

    const expected: Record<Table, number> = { shares: rows, posts: Math.min(posts, rows), advocates: Math.min(users, rows) };
    const results: { table: Table; run: Download; before: Memory; peak: Memory; others: number[] }[] = [];
    for (const table of tables) {
      const before = await sampler.settle();
      const downloading = download(port, `/api/v1/analytics/export.csv?table=${table}`, token);
      const [run, others] = await Promise.all([downloading, latenciesWhile(port, downloading)]);
      results.push({ table, run, before, peak: sampler.peaks(), others });
      if (run.status !== 200 || run.rows !== expected[table]) {
        console.error(`${table}: answered ${run.status} with ${run.rows} rows; expected 200 with ${expected[table]}`);
        process.exitCode = 1;
      }
    }

    const [load1] = loadavg();
    console.log(`\nResults export: ${rows.toLocaleString('en')} shares of ${posts.toLocaleString('en')} posts by ${users.toLocaleString('en')} people, ${dbType}; seeded in ${seedS.toFixed(0)} s; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${load1.toFixed(1)}\n`);
    console.log('| table | rows | MB | first byte ms | total s | rows/s | RSS before → peak MB | heap before → peak MB | /health/live meanwhile p50 / max ms |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const { table, run, before, peak, others } of results) {
      const seconds = run.totalMs / 1000;
      const p50 = others[Math.floor(others.length / 2)] ?? NaN;
      console.log(
        `| ${table} | ${run.rows.toLocaleString('en')} | ${mb(run.bytes)} | ${run.firstByteMs.toFixed(0)} | ${seconds.toFixed(1)} | ${Math.round(run.rows / seconds).toLocaleString('en')} | ${mb(before.rss)} → ${mb(peak.rss)} (+${mb(peak.rss - before.rss)}) | ${mb(before.heapUsed)} → ${mb(peak.heapUsed)} (+${mb(peak.heapUsed - before.heapUsed)}) | ${p50.toFixed(0)} / ${(others.at(-1) ?? NaN).toFixed(0)} |`,
      );
    }
  } catch (error) {
    console.error(`Chorus (exit code ${child.exitCode}, signal ${child.signalCode}) said (last 10 kB):\n${output}`);
    throw error;
  } finally {
    sampler.stop();
    if (child.connected) child.disconnect();
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${pgName}`);
      await admin.end();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
