import { ANALYTICS_EXPORT_PAGE_SIZE, AnalyticsExportRepository, Conversion } from '@chorus/analytics';
import { Post } from '@chorus/content';
import { User } from '@chorus/identity';
import { EngagementSnapshot } from '@chorus/publishing';
import { LinkClick, Share } from '@chorus/shares';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { ObjectLiteral } from 'typeorm';
import { pointsPost } from '../support/gamification';
import { Http, startedForTests, TestApp } from '../support/test-app';

const TZ = 'Asia/Jakarta';
const FIGURES = ['shares', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'] as const;
type Figure = (typeof FIGURES)[number];
type Figures = Record<Figure, number>;

/** What a spreadsheet reads back: text a spreadsheet would run as a formula keeps a leading quote. */
const readBack = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const csv = (text: string) => parse(text, { relax_column_count: false }) as string[][];

/** An instant on a day `offset` days from today in the organisation's timezone, at `hour` there. */
function dayAt(offset: number, hour = 12): Date {
  return DateTime.now().setZone(TZ).startOf('day').plus({ days: offset, hours: hour }).toJSDate();
}
const dayOf = (offset: number) => DateTime.now().setZone(TZ).plus({ days: offset }).toISODate()!;

function shareRow(user: User, post: Post, publishedAt: Date, status = 'published'): Share {
  return {
    id: randomUUID(),
    organizationId: user.organizationId,
    userId: user.id,
    postId: post.id,
    connectionId: randomUUID(),
    network: 'linkedin',
    demo: false,
    commentary: 'Worth a read.',
    finalText: 'Worth a read.',
    link: null,
    trackingCode: null,
    destinationUrl: null,
    title: post.title,
    description: null,
    status,
    approvedAt: publishedAt,
    approvedHash: null,
    approvedById: user.id,
    reviewNote: null,
    reviewedById: null,
    reviewedAt: null,
    scheduledAt: publishedAt,
    slotted: false,
    attemptId: null,
    leaseExpiresAt: null,
    attempts: 1,
    outcomeUnknown: false,
    publishedAt: status === 'published' ? publishedAt : null,
    externalId: null,
    lastError: null,
    cancelledReason: null,
    createdAt: publishedAt,
    updatedAt: publishedAt,
  };
}

/** Rows in chunks, without reading them back (a bulk seed, not the code under test). */
async function insertAll(t: TestApp, entity: new () => ObjectLiteral, rows: ObjectLiteral[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await t.dataSource.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + 200)).updateEntity(false).execute();
  }
}

/**
 * The results export as a stream (docs/architecture.md, "Results"): pages of a few rows, so
 * every table spans many pages; text that needs quoting or would run as a formula; figures
 * that agree with the dashboard's.
 */
describe('results export, page by page', () => {
  const PAGE = 3;
  const t = startedForTests(
    () => TestApp.start({}, { values: [{ provide: ANALYTICS_EXPORT_PAGE_SIZE, useValue: PAGE }] }),
    (app) => app.close(),
  );
  let curator: Http;
  const range = { from: dayOf(-3), to: dayOf(-1) };
  const start = dayAt(-3, 0);
  const end = dayAt(0, 0);
  const inRange = (at: Date) => at >= start && at < end;
  let users: User[];
  let posts: Post[];
  let published: Share[];
  const clicks: LinkClick[] = [];
  const conversions: Conversion[] = [];
  const snapshots: EngagementSnapshot[] = [];

  beforeAll(async () => {
    curator = await t.as('curator@demo.chorus');
    const userRepository = t.dataSource.getRepository(User);
    const names: Record<string, string> = {
      'ana@demo.chorus': '=Ana "the rock", Wijaya',
      'budi@demo.chorus': '+Budi\nSantoso',
      'citra@demo.chorus': '-Citra\r\nLestari, PhD',
      'manager@demo.chorus': '@Maya, "Manager"',
    };
    for (const [email, name] of Object.entries(names)) await userRepository.update({ email }, { name });
    users = await Promise.all(Object.keys(names).map((email) => userRepository.findOneByOrFail({ email })));
    posts = [];
    for (const title of ['=HYPERLINK("http://x","click")', 'Jobs, "now"\nand later', '+62 hiring', '@home: tips', '-10% off, today only']) posts.push(await pointsPost(t, title, null));

    // 0 to 3 shares per post and person; every fourth published before the range.
    published = [];
    posts.forEach((post, i) =>
      users.forEach((user, j) => {
        for (let n = 0; n < (i + 2 * j) % 4; n++) published.push(shareRow(user, post, published.length % 4 === 3 ? dayAt(-6) : dayAt(-2, 8 + n)));
      }),
    );
    // Not in the export: a share that never went out, one published after the range, another organisation's.
    const scheduled = shareRow(users[0], posts[0], dayAt(-2), 'scheduled');
    const later = shareRow(users[1], posts[1], dayAt(0, 1));
    const { adminId: otherAdminId } = await t.otherOrganization('Export Co', { email: 'root@export.test', name: 'Export Root', password: 'export-co-password' });
    const outsider = await userRepository.findOneByOrFail({ id: otherAdminId });
    const theirs = shareRow(outsider, posts[0], dayAt(-2));
    theirs.postId = randomUUID();
    await insertAll(t, Share, [...published, scheduled, later, theirs]);

    const click = (share: Share, visitorHash: string, clickedAt: Date) => clicks.push({ id: randomUUID(), organizationId: share.organizationId, shareId: share.id, visitorHash, clickedAt });
    published.forEach((share, k) => {
      for (let c = 0; c < k % 3; c++) click(share, `visitor-${c}`, dayAt(-2, 9 + c));
      if (k % 4 === 0) click(share, 'before-the-range', dayAt(-5));
      if (k % 4 === 1) {
        for (const day of [-1, 0]) conversions.push({ id: randomUUID(), organizationId: share.organizationId, shareId: share.id, kind: 'lead', valueMinor: null, idempotencyKey: randomUUID(), apiKeyId: randomUUID(), createdAt: dayAt(day) });
      }
      const snapshot = (day: number, counts: Pick<EngagementSnapshot, 'reactions' | 'comments' | 'reshares' | 'impressions'>) =>
        snapshots.push({ id: randomUUID(), organizationId: share.organizationId, shareId: share.id, network: 'linkedin', capturedAt: dayAt(day), ...counts });
      if (k % 2 === 0) {
        // A baseline before the range, growth in it (one counter falls back), more after it.
        snapshot(-5, { reactions: k, comments: 1, reshares: 0, impressions: 100 });
        snapshot(-2, { reactions: k + 3, comments: 2, reshares: 1, impressions: null });
        snapshot(-1, { reactions: k + 2, comments: 4, reshares: 1, impressions: 250 });
        snapshot(0, { reactions: k + 50, comments: 9, reshares: 9, impressions: 900 });
      } else if (k % 5 === 1) {
        snapshot(-1, { reactions: 2, comments: 0, reshares: 0, impressions: 40 });
      }
    });
    await insertAll(t, LinkClick, clicks);
    await insertAll(t, Conversion, conversions);
    await insertAll(t, EngagementSnapshot, snapshots);
  });

  /** A share's figures in the range, worked out from the rows written above. */
  function expected(share: Share): { figures: Figures; counted: boolean } {
    const own = <T extends { shareId: string }>(rows: T[], at: (row: T) => Date) => rows.filter((row) => row.shareId === share.id && inRange(at(row)));
    const shot = snapshots.filter((s) => s.shareId === share.id);
    const baseline = shot.filter((s) => s.capturedAt < start).at(-1);
    const during = own(shot, (s) => s.capturedAt);
    // Growth between snapshots adds up to the highest count in the range over the one before it.
    const grown = (key: 'reactions' | 'comments' | 'reshares' | 'impressions') => Math.max(0, ...during.map((s) => (s[key] ?? 0) - (baseline?.[key] ?? 0)));
    const figures: Figures = {
      shares: inRange(share.publishedAt!) ? 1 : 0,
      clicks: own(clicks, (c) => c.clickedAt).length,
      impressions: grown('impressions'),
      reactions: grown('reactions'),
      comments: grown('comments'),
      reshares: grown('reshares'),
      conversions: own(conversions, (c) => c.createdAt).length,
    };
    return { figures, counted: figures.shares + figures.clicks + figures.conversions + during.length > 0 };
  }

  function grouped(keyOf: (share: Share) => string): Map<string, { figures: Figures; sharers: Set<string> }> {
    const groups = new Map<string, { figures: Figures; sharers: Set<string> }>();
    for (const share of published) {
      const { figures, counted } = expected(share);
      if (!counted) continue;
      const group = groups.get(keyOf(share)) ?? { figures: { shares: 0, clicks: 0, impressions: 0, reactions: 0, comments: 0, reshares: 0, conversions: 0 }, sharers: new Set<string>() };
      for (const field of FIGURES) group.figures[field] += figures[field];
      if (figures.shares > 0) group.sharers.add(share.userId);
      groups.set(keyOf(share), group);
    }
    return groups;
  }

  const cells = (figures: Figures) => FIGURES.map((field) => String(figures[field]));
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  async function exported(table: string): Promise<string[][]> {
    const response = await curator.get(`/api/v1/analytics/export.csv?table=${table}&from=${range.from}&to=${range.to}`).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${table}.csv"`);
    return csv(response.text);
  }

  it('writes every share once, by owner and id, over many pages, with its text read back intact', async () => {
    const pages = jest.spyOn(t.app.get(AnalyticsExportRepository), 'publishedSharesPage');
    const [header, ...rows] = await exported('shares');
    expect(header).toEqual(['shareId', 'publishedAt', 'postId', 'postTitle', 'userId', 'userName', ...FIGURES]);
    // Many pages: the rows are more than three times the page size.
    expect(published.length).toBeGreaterThan(3 * PAGE);
    expect(pages.mock.calls.length).toBeGreaterThanOrEqual(Math.ceil(published.length / PAGE));
    pages.mockRestore();

    const order = [...published].sort((a, b) => byKey(a.userId, b.userId) || byKey(a.id, b.id));
    const post = (id: string) => posts.find((p) => p.id === id)!;
    const user = (id: string) => users.find((u) => u.id === id)!;
    expect(rows).toEqual(order.map((s) => [s.id, s.publishedAt!.toISOString(), s.postId, readBack(post(s.postId).title), s.userId, readBack(user(s.userId).name), ...cells(expected(s).figures)]));
    expect(new Set(rows.map((row) => row[0])).size).toBe(published.length);
  });

  it('sums each post over its shares, however the pages cut them, counting its different sharers', async () => {
    const [header, ...rows] = await exported('posts');
    expect(header).toEqual(['postId', 'postTitle', 'sharers', ...FIGURES]);
    const groups = grouped((s) => s.postId);
    const keys = [...groups.keys()].sort(byKey);
    expect(rows).toEqual(keys.map((id) => [id, readBack(posts.find((p) => p.id === id)!.title), String(groups.get(id)!.sharers.size), ...cells(groups.get(id)!.figures)]));
    // Posts with several people's shares, spanning pages.
    expect(keys.some((id) => published.filter((s) => s.postId === id).length > PAGE && groups.get(id)!.sharers.size > 1)).toBe(true);
  });

  it('sums each person over their shares', async () => {
    const [header, ...rows] = await exported('advocates');
    expect(header).toEqual(['userId', 'userName', ...FIGURES]);
    const groups = grouped((s) => s.userId);
    const keys = [...groups.keys()].sort(byKey);
    expect(rows).toEqual(keys.map((id) => [id, readBack(users.find((u) => u.id === id)!.name), ...cells(groups.get(id)!.figures)]));
  });

  it('adds up to the dashboard’s figures for the same range, in every table', async () => {
    const summary = (await curator.get(`/api/v1/analytics/summary?from=${range.from}&to=${range.to}`).expect(200)).body as Figures & { sharers: number };
    expect(summary.shares).toBeGreaterThan(0);
    for (const [table, first] of [['shares', 6], ['posts', 3], ['advocates', 2]] as const) {
      const [, ...rows] = await exported(table);
      const totals = Object.fromEntries(FIGURES.map((field, i) => [field, rows.reduce((sum, row) => sum + Number(row[first + i]), 0)]));
      expect(totals).toEqual(Object.fromEntries(FIGURES.map((field) => [field, summary[field]])));
    }
    const [, ...advocates] = await exported('advocates');
    expect(advocates.filter((row) => Number(row[2]) > 0)).toHaveLength(summary.sharers);
  });

  it('refuses before writing anything: a JSON answer naming the field', async () => {
    const unknown = await curator.get(`/api/v1/analytics/export.csv?table=posts&teamId=${randomUUID()}`).expect(400);
    expect(unknown.headers['content-type']).toMatch(/application\/json/);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'teamId', code: 'analytics.teamNotFound' })]);
    const reversed = await curator.get(`/api/v1/analytics/export.csv?table=shares&from=${range.to}&to=${range.from}`).expect(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'analytics.rangeReversed' })]);
    const employee = await t.as('ana@demo.chorus');
    expect((await employee.get('/api/v1/analytics/export.csv?table=shares').expect(403)).headers['content-type']).toMatch(/application\/json/);
  });
});

/**
 * A large export against a client: the server reads the next page only as the client takes the
 * last (backpressure), and stops reading when the client goes away.
 */
describe('results export against a slow or vanishing client', () => {
  const PAGE = 250;
  const SHARES = 50_000;
  const t = startedForTests(
    () => TestApp.start({}, { values: [{ provide: ANALYTICS_EXPORT_PAGE_SIZE, useValue: PAGE }] }),
    (app) => app.close(),
  );
  let token: string;
  let port: number;

  beforeAll(async () => {
    token = await t.tokenFor('curator@demo.chorus');
    const ana = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'ana@demo.chorus' });
    // A long title, so the file (about 23 MB) is several times what the sockets between client and server hold.
    const post = await pointsPost(t, `Long read: ${'a story worth telling, '.repeat(13)}`.slice(0, 300), null);
    await insertAll(t, Share, Array.from({ length: SHARES }, (_, i) => shareRow(ana, post, new Date(Date.now() - 3_600_000 - i))));
    const server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }, 120_000);

  function open(): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/v1/analytics/export.csv?table=shares', agent: false, headers: { authorization: `Bearer ${token}` } }, resolve);
      req.on('error', reject);
      req.end();
    });
  }

  /** Page reads once they have stopped for half a second. */
  async function readsWhenStill(spy: jest.SpyInstance): Promise<number> {
    let last = -1;
    while (spy.mock.calls.length !== last) {
      last = spy.mock.calls.length;
      await new Promise((r) => setTimeout(r, 500));
    }
    return last;
  }

  it('stops reading while the client does not read, and then writes every row', async () => {
    const pages = jest.spyOn(t.app.get(AnalyticsExportRepository), 'publishedSharesPage');
    try {
      const response = await open();
      response.pause();
      // What the sockets hold is read ahead (a few MB), no more.
      expect(await readsWhenStill(pages)).toBeLessThan(SHARES / PAGE / 2);
      let lines = 0;
      response.on('data', (chunk: Buffer) => (lines += chunk.toString('latin1').split('\n').length - 1));
      const ended = new Promise((resolve) => response.once('end', resolve));
      response.resume();
      await ended;
      // The header and each share (no title or name holds a line break).
      expect(lines).toBe(SHARES + 1);
      expect(pages.mock.calls.length).toBe(SHARES / PAGE + 1);
    } finally {
      pages.mockRestore();
    }
  }, 120_000);

  it('stops reading when the client goes away', async () => {
    const pages = jest.spyOn(t.app.get(AnalyticsExportRepository), 'publishedSharesPage');
    try {
      const response = await open();
      await new Promise((resolve) => response.once('data', resolve));
      response.destroy();
      expect(await readsWhenStill(pages)).toBeLessThan(SHARES / PAGE / 2);
    } finally {
      pages.mockRestore();
    }
  }, 60_000);
});
