import { connectThroughSandbox, setupPublishingApp } from '../support/sandbox';
import { eventually, Http } from '../support/test-app';

interface ShareBody {
  id: string;
  status: string;
  scheduledAt: string | null;
  approvedHash: string | null;
  externalId: string | null;
  lastError: string | null;
  cancelledReason: string | null;
  preview: { text: string };
}
interface ConnectionBody {
  id: string;
  status: string;
  expiresAt: string;
  scheduledShares: number;
  waitingShares: number;
}
interface AuditBody {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: string | null;
  detail: Record<string, unknown> | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('reconnecting resumes the shares that waited', () => {
  const { sandbox, t } = setupPublishingApp();
  let ana: Http;
  let admin: Http;
  let longPost: { id: string; expiresAt: string };
  let shortPost: { id: string; expiresAt: string };

  beforeAll(async () => {
    const curator = await t.as('curator@demo.chorus');
    [ana, admin] = await Promise.all([t.as('ana@demo.chorus'), t.as('admin@demo.chorus')]);
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
    const publish = async (title: string, expiresInMs: number) => {
      const created = await curator
        .post('/api/v1/posts')
        .send({ title, url: `https://example.com/${encodeURIComponent(title)}`, suggestedCommentary: 'Read this.', expiresAt: new Date(t.clock.now().getTime() + expiresInMs).toISOString() })
        .expect(201);
      await curator.post(`/api/v1/posts/${created.body.id}/publish`).expect(200);
      return { id: created.body.id as string, expiresAt: created.body.expiresAt as string };
    };
    longPost = await publish('Our new Surabaya office', 10 * DAY);
    shortPost = await publish('Flash sale today', 2 * HOUR);
    expect((await connectThroughSandbox(t, sandbox, 'ana@demo.chorus')).status).toBe(302);
  });

  async function connections(): Promise<ConnectionBody[]> {
    return (await ana.get('/api/v1/connections').expect(200)).body as ConnectionBody[];
  }

  async function shareOf(id: string): Promise<ShareBody> {
    return (await ana.get(`/api/v1/shares/${id}`).expect(200)).body as ShareBody;
  }

  async function auditOf(id: string): Promise<AuditBody[]> {
    return ((await admin.get(`/api/v1/audit-log?shareId=${id}`).expect(200)).body as AuditBody[]).reverse();
  }

  async function approvedShare(postId: string, commentary: string, inMs: number): Promise<ShareBody> {
    const [connection] = await connections();
    const draft = await ana.post('/api/v1/shares').send({ postId, connectionId: connection.id, commentary }).expect(201);
    await ana.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
    const at = new Date(t.clock.now().getTime() + inMs).toISOString();
    return (await ana.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at }).expect(200)).body as ShareBody;
  }

  async function sandboxPostsOf(text: string): Promise<{ id: string; commentary: string }[]> {
    const posts = (await (await fetch(`${sandbox.url}/__sandbox/posts`)).json()) as { id: string; authorEmail: string; commentary: string }[];
    return posts.filter((post) => post.authorEmail === 'ana@demo.chorus' && post.commentary === text);
  }

  it('holds, then resumes: future times kept, missed ones moved into the window, closed ones cancelled; each published once', async () => {
    // Due in ten minutes of the test's clock, so nothing goes out before LinkedIn stops taking the token, however slow the machine.
    const first = await approvedShare(longPost.id, 'The first share, which meets the expired token.', 10 * MINUTE);
    const missed = await approvedShare(longPost.id, 'Due in an hour: its time passes while the account waits.', HOUR);
    const closing = await approvedShare(shortPost.id, 'Due before the flash sale ends, which it will not see.', 90 * MINUTE);
    const future = await approvedShare(longPost.id, 'Due in three days: it keeps its time.', 3 * DAY);
    const [before] = await connections();
    expect(before).toMatchObject({ status: 'active', scheduledShares: 4, waitingShares: 0 });

    // LinkedIn stops taking the token: the first attempt answers 401.
    await fetch(`${sandbox.url}/__sandbox/tokens/expire`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ member: 'ana@demo.chorus' }) });
    t.clock.advance(10 * MINUTE);
    const failed = await eventually(() => shareOf(first.id), (s) => s.status === 'needs_reconnect', 15_000);
    expect(failed.lastError).toMatch(/LinkedIn no longer accepts this connection's token/);

    // At once, the connection says so, and every scheduled share on it waits with its time.
    expect(await connections()).toEqual([expect.objectContaining({ id: before.id, status: 'needs_reconnect', scheduledShares: 0, waitingShares: 4 })]);
    for (const share of [missed, closing, future]) {
      expect(await shareOf(share.id)).toMatchObject({ status: 'needs_reconnect', scheduledAt: share.scheduledAt, approvedHash: share.approvedHash });
    }

    // Two hours later: the missed share's time has passed and the flash sale is over.
    t.clock.advance(2 * HOUR);
    const reconnectedAt = t.clock.now().getTime();
    expect((await connectThroughSandbox(t, sandbox, 'ana@demo.chorus')).status).toBe(302);

    const [after] = await connections();
    expect(after).toMatchObject({ id: before.id, status: 'active', waitingShares: 0 });
    expect(Date.parse(after.expiresAt)).toBeGreaterThan(reconnectedAt + 59 * DAY);

    expect(await shareOf(future.id)).toMatchObject({ status: 'scheduled', scheduledAt: future.scheduledAt, approvedHash: future.approvedHash, lastError: null });
    const cancelled = await shareOf(closing.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.cancelledReason).toMatch(
      /^The post "Flash sale today" closed on \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d \(Asia\/Jakarta\), while this share waited for your LinkedIn account to be reconnected, so it was cancelled\.$/,
    );

    // The missed ones go out at the next free moment inside the post's window, exactly once, as approved.
    for (const share of [first, missed]) {
      const published = await eventually(() => shareOf(share.id), (s) => s.status === 'published', 15_000);
      expect(published.approvedHash).toBe(share.approvedHash);
      expect(await sandboxPostsOf(share.preview.text)).toEqual([expect.objectContaining({ id: published.externalId })]);
      const resume = (await auditOf(share.id)).find((entry) => entry.action === 'resume')!;
      expect(resume).toMatchObject({ fromStatus: 'needs_reconnect', toStatus: 'scheduled', detail: { moved: true, previous: share.scheduledAt } });
      const movedTo = Date.parse(resume.detail!.scheduledAt as string);
      expect(movedTo).toBeGreaterThanOrEqual(reconnectedAt);
      expect(movedTo).toBeLessThan(Date.parse(longPost.expiresAt));
    }

    const anaId = (await ana.get('/api/v1/me').expect(200)).body.id as string;
    expect((await auditOf(first.id)).map((e) => e.action)).toEqual(['create', 'approve', 'schedule', 'claim', 'needs_reconnect', 'resume', 'claim', 'publish_succeeded']);
    expect((await auditOf(missed.id)).map((e) => e.action)).toEqual(['create', 'approve', 'schedule', 'needs_reconnect', 'resume', 'claim', 'publish_succeeded']);
    expect((await auditOf(closing.id)).map((e) => [e.action, e.toStatus])).toEqual([
      ['create', 'draft'],
      ['approve', 'approved'],
      ['schedule', 'scheduled'],
      ['needs_reconnect', 'needs_reconnect'],
      ['expire', 'cancelled'],
    ]);
    const futureAudit = await auditOf(future.id);
    expect(futureAudit.map((e) => e.action)).toEqual(['create', 'approve', 'schedule', 'needs_reconnect', 'resume']);
    expect(futureAudit[4]).toMatchObject({ actorId: anaId, detail: { moved: false, scheduledAt: future.scheduledAt, previous: future.scheduledAt } });

    // One notification says what became of them.
    const notes = ((await ana.get('/api/v1/me/notifications').expect(200)).body.items as { kind: string; code: string; params: object; title: string; body: string; link: string }[]).filter(
      (n) => n.kind === 'connection.reconnected',
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      code: 'notification.connectionReconnected',
      params: { network: 'LinkedIn', kept: 1, moved: 2, cancelled: 1 },
      title: 'Your LinkedIn account is reconnected',
      body: 'Of the shares that waited: 1 resumed at their time, 2 moved to the next free moment, 1 cancelled because no moment was left in their post’s window.',
      link: '/shares',
    });

    // Three days on, the future share goes out at its own time, once.
    t.clock.advance(3 * DAY);
    const published = await eventually(() => shareOf(future.id), (s) => s.status === 'published', 15_000);
    expect(await sandboxPostsOf(future.preview.text)).toEqual([expect.objectContaining({ id: published.externalId })]);
    expect(await sandboxPostsOf(closing.preview.text)).toEqual([]);
    expect(await connections()).toEqual([expect.objectContaining({ status: 'active', scheduledShares: 0, waitingShares: 0 })]);
  });
});
