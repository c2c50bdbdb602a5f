import { ensureBundlesBuilt } from '../support/bundles';
import { Clock } from '@chorus/config';
import { Post } from '@chorus/content';
import { SocialConnection } from '@chorus/publishing';
import { approvalHash, draftShare, Share, ShareAuditEntry } from '@chorus/shares';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { ChorusProcess } from '../support/chorus-process';
import { connectThroughSandbox, publishingEnv, RunningLinkedinSandbox, startSandbox } from '../support/sandbox';
import { eventually, TestApp, whileProgressing } from '../support/test-app';

const distributed = Boolean(process.env.CHORUS_TEST_REDIS_URL);
const MEMBERS = ['ana@demo.chorus', 'budi@demo.chorus', 'citra@demo.chorus', 'manager@demo.chorus', 'admin@demo.chorus', 'curator@demo.chorus'];

interface SandboxPost {
  id: string;
  commentary: string;
}

/**
 * Exactly once through faults and crashes, with real processes: two BullMQ workers on
 * PostgreSQL (distributed mode), or one embedded-mode process on SQLite. This test process
 * only serves the API (to connect accounts) and seeds the burst; it publishes nothing itself.
 */
describe(`publishing bursts (${distributed ? 'PostgreSQL, BullMQ, two worker processes' : 'SQLite, one embedded process'})`, () => {
  let sandbox: RunningLinkedinSandbox;
  let t: TestApp;
  let connections: SocialConnection[];
  let post: Post;
  let workers: ChorusProcess[] = [];

  beforeAll(async () => {
    await ensureBundlesBuilt();
    sandbox = await startSandbox();
    t = await TestApp.start(publishingEnv(sandbox), { role: 'api' });
    for (const email of MEMBERS) expect((await connectThroughSandbox(t, sandbox, email)).status).toBe(302);
    connections = await t.dataSource.getRepository(SocialConnection).find();
    post = (await t.dataSource.getRepository(Post).findOneByOrFail({ title: 'Demo opens its Surabaya office' }));
  }, 240_000);

  afterEach(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    workers = [];
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  });

  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  function startWorkers(): ChorusProcess[] {
    workers = distributed
      ? [new ChorusProcess('worker', t.environment.env), new ChorusProcess('worker', t.environment.env)]
      : [new ChorusProcess('all', t.environment.env)];
    workers.forEach((w) => w.start());
    return workers;
  }

  /** Approved, scheduled shares, all due now, spread over the members. */
  async function seedBurst(count: number, label: string): Promise<Share[]> {
    const now = t.app.get(Clock).now();
    const shares = Array.from({ length: count }, (_, i): Share => {
      const connection = connections[i % connections.length];
      const text = `${label} share ${i}: ${randomUUID()}\n\n#employee`;
      const draft = draftShare({
        id: randomUUID(),
        organizationId: connection.organizationId,
        userId: connection.userId,
        postId: post.id,
        connectionId: connection.id,
        network: 'linkedin',
        commentary: text,
        finalText: text,
        link: post.url,
        title: post.title,
        description: post.description,
        at: now,
      });
      return {
        ...draft,
        status: 'scheduled',
        approvedAt: now,
        approvedHash: approvalHash({ network: 'linkedin', connectionId: connection.id, text, link: post.url }),
        approvedById: connection.userId,
        scheduledAt: new Date(now.getTime() - 1000),
      };
    });
    await t.dataSource.transaction(async (m) => {
      for (let i = 0; i < shares.length; i += 100) await m.getRepository(Share).insert(shares.slice(i, i + 100));
    });
    return shares;
  }

  async function publishedCount(ids: string[]): Promise<number> {
    return t.dataSource.getRepository(Share).countBy({ id: In(ids), status: 'published' });
  }

  async function assertExactlyOnce(seeded: Share[], label: string): Promise<void> {
    const rows = await t.dataSource.getRepository(Share).findBy({ id: In(seeded.map((s) => s.id)) });
    const notPublished = rows.filter((s) => s.status !== 'published');
    expect(notPublished.map((s) => `${s.id}: ${s.status} ${s.lastError ?? ''}`)).toEqual([]);
    const posts = ((await (await fetch(`${sandbox.url}/__sandbox/posts`)).json()) as SandboxPost[]).filter((p) => p.commentary.startsWith(label));
    // One post per share, no more, no less, and each share points at the post with its text.
    expect(posts).toHaveLength(seeded.length);
    const byId = new Map(posts.map((p) => [p.id, p]));
    for (const share of rows) expect(byId.get(share.externalId!)?.commentary).toBe(share.finalText);
    expect(new Set(rows.map((s) => s.externalId)).size).toBe(seeded.length);
  }

  it('publishes 500 shares due at once exactly once through 20% 5xx, 10% 429 and 5% commit-then-drop', async () => {
    await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rate5xx: 0.2, rate429: 0.1, rateDropAfterCommit: 0.05 }),
    });
    const seeded = await seedBurst(500, 'Faults');
    startWorkers();
    const ids = seeded.map((s) => s.id);
    const done = await whileProgressing(() => publishedCount(ids), ids.length);
    expect({ done, log: done === ids.length ? '' : workers.map((w) => w.log).join('\n') }).toEqual({ done: ids.length, log: '' });
    await assertExactlyOnce(seeded, 'Faults');
    // The faults really happened: the sandbox answered errors and cut connections after saving.
    const stats = (await (await fetch(`${sandbox.url}/__sandbox/stats`)).json()) as { responses: Record<string, Record<string, number>> };
    const answers = stats.responses['POST /rest/posts'];
    expect(answers['429']).toBeGreaterThan(10);
    expect((answers['500'] ?? 0) + (answers['503'] ?? 0)).toBeGreaterThan(20);
    expect(answers['dropped']).toBeGreaterThan(5);
    expect(answers['422']).toBeGreaterThan(0);
  }, 600_000);

  it('survives a worker killed with SIGKILL in the middle of a burst: exactly one post per share', async () => {
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ delayMs: 40 }) });
    const seeded = await seedBurst(200, 'Crash');
    const ids = seeded.map((s) => s.id);
    const [victim] = startWorkers();
    await eventually(() => publishedCount(ids), (n) => n >= 40, 60_000);
    await victim.crash();
    const atCrash = await publishedCount(ids);
    expect(atCrash).toBeLessThan(ids.length);
    // Shares were mid-attempt when it died; they are reclaimed once their lease runs out.
    const inFlight = await t.dataSource.getRepository(Share).countBy({ id: In(ids), status: 'publishing' });
    expect(inFlight).toBeGreaterThan(0);
    victim.start();
    const done = await whileProgressing(() => publishedCount(ids), ids.length);
    expect(done).toBe(ids.length);
    await assertExactlyOnce(seeded, 'Crash');
    const reclaimed = await t.dataSource.getRepository(ShareAuditEntry).countBy({ shareId: In(ids), action: 'reclaim' });
    expect(reclaimed).toBeGreaterThan(0);
  }, 600_000);
});
