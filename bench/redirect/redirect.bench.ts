/**
 * Tracked-link redirect benchmark: how fast `GET /r/<code>` answers under load, beside a route
 * of the same stack that touches no database (`/health/live`), and whether the deferred click
 * counting keeps up. Runs the real embedded bundle as its own process (SQLite, in-process jobs),
 * seeds N tracked shares straight into its database, then drives each route from this process
 * with C keep-alive connections for D seconds.
 *
 *   npm run bench:redirect [-- --shares 10000 --connections 50 --seconds 10]
 *
 * Routes:
 *   bare         GET /health/live (Nest, middleware, logging; no database)
 *   redirect     GET /r/<random seeded code>, a browser and a new address each time: every visit is counted
 *   bot          the same with LinkedIn's preview crawler: redirected, never counted
 * After the runs it waits for the counter and compares the counted clicks with the visits sent.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { newTrackingCode } from '@chorus/shares';
import { answers, drive, get } from '../support/http-load';
import { freePort } from '../support/processes';

const ROOT = join(__dirname, '..', '..');
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const LINKEDIN_PREVIEW = 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)';

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

async function waitReady(port: number, child: ReturnType<typeof spawn>, log: () => string): Promise<void> {
  const agent = new Agent({ keepAlive: false });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`Chorus exited while starting:\n${log()}`);
    try {
      if ((await get(agent, port, '/health/ready', {})).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Chorus did not become ready:\n${log()}`);
}

function rssMb(pid: number): number {
  try {
    const status = require('node:fs').readFileSync(`/proc/${pid}/status`, 'utf8') as string;
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return NaN;
  }
}

async function main(): Promise<void> {
  const shares = option('shares', 10_000);
  const connections = option('connections', 50);
  const seconds = option('seconds', 10);
  const dataDir = mkdtempSync(join(tmpdir(), 'chorus-bench-redirect-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'embedded', 'main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      TRUST_PROXY: 'loopback',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      // Without the demo's sample history, so the figures compare with those recorded before it.
      SEED_DEMO_HISTORY: 'false',
      LINKEDIN_SANDBOX_PORT: String(await freePort()),
      WEB_DIST_DIR: join(dataDir, 'web'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-10_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  try {
    await waitReady(port, child, () => output);
    const db = new Database(join(dataDir, 'chorus.sqlite'));
    db.pragma('busy_timeout = 10000');
    const org = db.prepare(`SELECT id FROM organizations WHERE slug = 'demo'`).get() as { id: string };
    const user = db.prepare(`SELECT id FROM users WHERE email = 'ana@demo.chorus'`).get() as { id: string };
    const post = db.prepare(`SELECT id, url, title FROM posts WHERE "organizationId" = ? AND url IS NOT NULL LIMIT 1`).get(org.id) as { id: string; url: string; title: string };
    const codes: string[] = [];
    const insert = db.prepare(
      `INSERT INTO shares (id, "organizationId", "userId", "postId", "connectionId", network, commentary, "finalText", link, title, description, status, slotted, attempts, "outcomeUnknown", "publishedAt", "trackingCode", "destinationUrl", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, 'linkedin', 'Benchmark', 'Benchmark', ?, ?, NULL, 'published', 0, 0, 0, ?, ?, ?, ?, ?)`,
    );
    const now = new Date().toISOString();
    db.transaction(() => {
      for (let i = 0; i < shares; i++) {
        const code = newTrackingCode();
        codes.push(code);
        insert.run(randomUUID(), org.id, user.id, post.id, randomUUID(), `http://127.0.0.1:${port}/r/${code}`, post.title, now, code, `${post.url}?utm_source=linkedin&utm_content=${code}`, now, now);
      }
    })();
    const clicksBefore = (db.prepare('SELECT COUNT(*) AS n FROM link_clicks').get() as { n: number }).n;
    const rssBefore = rssMb(child.pid!);

    const pick = () => codes[Math.floor(Math.random() * codes.length)];
    let visitor = 0;
    const address = () => {
      visitor++;
      return `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`;
    };
    // Warm up the JIT and the connection pool first.
    await drive('warm-up', port, connections, 2, () => ({ path: '/health/live', headers: {} }));
    const bare = await drive('bare /health/live', port, connections, seconds, () => ({ path: '/health/live', headers: {} }));
    const redirect = await drive('redirect, counted', port, connections, seconds, () => ({ path: `/r/${pick()}`, headers: { 'user-agent': BROWSER, 'x-forwarded-for': address() } }));
    const bot = await drive('redirect, bot', port, connections, seconds, () => ({ path: `/r/${pick()}`, headers: { 'user-agent': LINKEDIN_PREVIEW, 'x-forwarded-for': address() } }));
    const rssAfter = rssMb(child.pid!);

    let counted = 0;
    const expected = redirect.statuses.get(302) ?? 0;
    const waitStart = Date.now();
    while (Date.now() - waitStart < 60_000) {
      counted = (db.prepare('SELECT COUNT(*) AS n FROM link_clicks').get() as { n: number }).n - clicksBefore;
      if (counted >= expected) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const caughtUpMs = Date.now() - waitStart;
    db.close();

    const [load1] = loadavg();
    console.log(`\nTracked-link redirect: ${shares} tracked shares, ${connections} connections, ${seconds} s per route; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${load1.toFixed(1)}\n`);
    console.log('| route | requests | req/s | ÷ bare | p50 ms | p99 ms | answers |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const run of [bare, redirect, bot]) {
      console.log(`| ${run.route} | ${run.requests} | ${run.perSecond.toFixed(0)} | ${(run.perSecond / bare.perSecond).toFixed(2)} | ${run.p50.toFixed(1)} | ${run.p99.toFixed(1)} | ${answers(run)} |`);
    }
    console.log(`\nClicks counted: ${counted} of ${expected} counted visits (bots: none expected), all written ${caughtUpMs} ms after the load stopped.`);
    console.log(`Server memory (RSS): ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after the runs.`);
    if (counted !== expected) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
