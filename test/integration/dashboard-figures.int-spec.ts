import { Conversion } from '@chorus/analytics';
import { Organization, Role, TeamMembership, User } from '@chorus/identity';
import { EngagementSnapshot } from '@chorus/publishing';
import { LinkClick, Share } from '@chorus/shares';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { Http, setupTestApp } from '../support/test-app';

const TIMEZONE = 'Europe/Berlin'; // summer time ends on 25 October 2026, inside the seeded days
const HOUR = 3_600_000;
const RATES = { currency: 'EUR', cpmMinor: 700, cpcMinor: 125, perReactionMinor: 15, perCommentMinor: 40, perReshareMinor: 90 };
const FIELDS = ['shares', 'sharers', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'] as const;
type Figures = Record<(typeof FIELDS)[number], number>;
type Counter = 'impressions' | 'reactions' | 'comments' | 'reshares';

/** Deterministic, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SeededShare {
  id: string;
  userId: string;
  postId: string;
  status: string;
  publishedAt: Date;
}

interface SeededSnapshot {
  shareId: string;
  capturedAt: Date;
  impressions: number | null;
  reactions: number;
  comments: number;
  reshares: number;
}

/**
 * Every figure the dashboards show, on a seeded organisation (clicks, engagement snapshots with
 * withdrawn reactions and unknown impressions, conversions, an unpublished share and another
 * organisation's), equals a tally the test makes itself, row by row, from the rows it wrote: per
 * day in the organisation's timezone, across a clock change, for the organisation, its teams, a
 * campaign, a post and each person, with earned media value at the organisation's own rates.
 */
describe('dashboard figures reconcile with the events behind them', () => {
  const t = setupTestApp();
  let curator: Http;
  let organizationId: string;
  let employees: { id: string; email: string; teams: string[]; listed: boolean }[];
  let teams: Record<string, string>;
  let campaignId: string;
  let posts: { id: string; title: string; campaignId: string | null }[];
  const shares: SeededShare[] = [];
  const clicks: { shareId: string; at: Date }[] = [];
  const conversions: { shareId: string; at: Date }[] = [];
  const snapshots: SeededSnapshot[] = [];

  beforeAll(async () => {
    const [admin, budi] = await t.asDemo('admin', 'budi');
    curator = await t.as('curator@demo.chorus');
    await budi.patch('/api/v1/me').send({ leaderboardOptOut: true }).expect(200);
    await admin.patch('/api/v1/analytics/settings').send(RATES).expect(200);
    const users = await t.dataSource.getRepository(User).find();
    organizationId = users[0].organizationId;
    await t.dataSource.getRepository(Organization).update({ id: organizationId }, { timezone: TIMEZONE });
    const memberships = await t.dataSource.getRepository(TeamMembership).find();
    teams = Object.fromEntries(((await admin.get('/api/v1/teams').expect(200)).body as { id: string; name: string }[]).map((team) => [team.name, team.id]));
    employees = users
      .filter((u) => u.roles.includes(Role.Employee) && u.status === 'active')
      .map((u) => ({ id: u.id, email: u.email, teams: memberships.filter((m) => m.userId === u.id).map((m) => m.teamId), listed: !u.leaderboardOptOut && !u.leaderboardExcluded }));
    expect(employees.length).toBeGreaterThanOrEqual(4);

    campaignId = (await curator.post('/api/v1/campaigns').send({ name: 'Autumn' }).expect(201)).body.id as string;
    const otherCampaign = (await curator.post('/api/v1/campaigns').send({ name: 'Winter' }).expect(201)).body.id as string;
    posts = [];
    for (const [title, campaign] of [['Open roles', campaignId], ['Office tour', campaignId], ['Winter sale', otherCampaign], ['Our values', null]] as const) {
      const post = await curator.post('/api/v1/posts').send({ title, url: `https://example.com/${title.replace(/ /g, '-')}`, suggestedCommentary: 'Read this.', ...(campaign ? { campaignId: campaign } : {}) }).expect(201);
      posts.push({ id: post.body.id as string, title, campaignId: campaign });
    }

    // 45 published shares from 15 October to 6 November, their clicks (some just after local
    // midnight, on both sides of the clock change), conversions, and cumulative engagement reads.
    const rand = random(2026);
    const base = Date.parse('2026-10-15T00:00:00Z');
    const awkward = ['2026-10-24T22:30:00Z', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-25T22:59:59Z', '2026-10-25T23:00:00Z', '2026-10-31T23:30:00Z'].map(Date.parse);
    for (let i = 0; i < 45; i++) {
      const publishedAt = new Date(i < awkward.length ? awkward[i] - 2 * HOUR : base + Math.floor(rand() * 22 * 24 * HOUR));
      const share: SeededShare = { id: randomUUID(), userId: employees[i % employees.length].id, postId: posts[Math.floor(rand() * posts.length)].id, status: 'published', publishedAt };
      shares.push(share);
      if (i < awkward.length) clicks.push({ shareId: share.id, at: new Date(awkward[i]) });
      for (let c = Math.floor(rand() * 5); c > 0; c--) {
        const at = new Date(publishedAt.getTime() + Math.floor(rand() * 72 * HOUR));
        clicks.push({ shareId: share.id, at });
        if (rand() < 0.25) conversions.push({ shareId: share.id, at: new Date(at.getTime() + Math.floor(rand() * 3 * HOUR)) });
      }
      const counts = { impressions: 0, reactions: 0, comments: 0, reshares: 0 };
      const knowsImpressions = rand() < 0.8;
      let at = publishedAt.getTime();
      for (let r = Math.floor(rand() * 6); r > 0; r--) {
        at += Math.floor((0.25 + rand() * 3) * 24 * HOUR);
        counts.reactions = Math.max(0, counts.reactions + Math.floor(rand() * 7) - (rand() < 0.25 ? 4 : 0)); // now and then withdrawn
        counts.comments += Math.floor(rand() * 3);
        counts.reshares += rand() < 0.3 ? 1 : 0;
        counts.impressions += Math.floor(rand() * 500);
        snapshots.push({ shareId: share.id, capturedAt: new Date(at), ...counts, impressions: knowsImpressions ? counts.impressions : null });
      }
    }
    // Neither a share that was not published nor another organisation's counts.
    const scheduled: SeededShare = { id: randomUUID(), userId: employees[0].id, postId: posts[0].id, status: 'scheduled', publishedAt: new Date(base) };
    const { adminId: outsiderId } = await t.otherOrganization('Elsewhere', { email: 'root@elsewhere.test', name: 'Elsewhere Root', password: 'elsewhere-password' });
    const outsiderOrganization = (await t.dataSource.getRepository(User).findOneByOrFail({ id: outsiderId })).organizationId;
    const outsiders = { id: randomUUID(), organizationId: outsiderOrganization, userId: outsiderId, postId: randomUUID() };

    const row = (s: { id: string; userId: string; postId: string }, org: string, status: string, publishedAt: Date | null) => ({
      id: s.id, organizationId: org, userId: s.userId, postId: s.postId, connectionId: randomUUID(), network: 'linkedin', commentary: 'Mine.', finalText: 'Mine.',
      link: null, trackingCode: null, destinationUrl: null, title: null, description: null, status, publishedAt, createdAt: publishedAt ?? new Date(base), updatedAt: publishedAt ?? new Date(base),
    });
    await t.dataSource.getRepository(Share).insert([...shares.map((s) => row(s, organizationId, s.status, s.publishedAt)), row(scheduled, organizationId, 'scheduled', null), row(outsiders, outsiderOrganization, 'published', new Date(base + 5 * 24 * HOUR))]);
    await t.dataSource.getRepository(LinkClick).insert([
      ...clicks.map((c) => ({ id: randomUUID(), organizationId, shareId: c.shareId, visitorHash: randomUUID(), clickedAt: c.at })),
      { id: randomUUID(), organizationId: outsiderOrganization, shareId: outsiders.id, visitorHash: 'x', clickedAt: new Date(base + 6 * 24 * HOUR) },
    ]);
    await t.dataSource.getRepository(EngagementSnapshot).insert([
      ...snapshots.map((s) => ({ id: randomUUID(), organizationId, network: 'linkedin', ...s })),
      { id: randomUUID(), organizationId: outsiderOrganization, shareId: outsiders.id, network: 'linkedin', capturedAt: new Date(base + 6 * 24 * HOUR), impressions: 900, reactions: 9, comments: 9, reshares: 9 },
    ]);
    await t.dataSource.getRepository(Conversion).insert(
      conversions.map((c, i) => ({ id: randomUUID(), organizationId, shareId: c.shareId, kind: 'lead' as const, valueMinor: null, idempotencyKey: `tally-${i}`, apiKeyId: randomUUID(), createdAt: c.at })),
    );
  });

  // --- The test's own tally, from the rows it wrote -------------------------------------------

  const dayIn = (at: Date) => DateTime.fromJSDate(at).setZone(TIMEZONE).toFormat('yyyy-MM-dd');
  const zero = (): Figures => ({ shares: 0, sharers: 0, clicks: 0, impressions: 0, reactions: 0, comments: 0, reshares: 0, conversions: 0 });

  function daysOf(from: string, to: string): string[] {
    const days: string[] = [];
    for (let day = DateTime.fromISO(from); day <= DateTime.fromISO(to); day = day.plus({ days: 1 })) days.push(day.toFormat('yyyy-MM-dd'));
    return days;
  }

  interface Event {
    share: SeededShare;
    day: string;
    add: Partial<Figures>;
  }

  /** Each event of the organisation's published shares that falls on one of the days, with what it adds. */
  function events(from: string, to: string): Event[] {
    const inRange = (at: Date) => dayIn(at) >= from && dayIn(at) <= to;
    const published = new Map(shares.filter((s) => s.status === 'published').map((s) => [s.id, s]));
    const found: Event[] = [];
    for (const share of published.values()) if (inRange(share.publishedAt)) found.push({ share, day: dayIn(share.publishedAt), add: { shares: 1 } });
    for (const click of clicks) if (inRange(click.at)) found.push({ share: published.get(click.shareId)!, day: dayIn(click.at), add: { clicks: 1 } });
    for (const conversion of conversions) if (inRange(conversion.at)) found.push({ share: published.get(conversion.shareId)!, day: dayIn(conversion.at), add: { conversions: 1 } });
    // Engagement: what a read adds over the highest counters read before it (unknown impressions count as 0), the last read before the range being the baseline.
    for (const share of published.values()) {
      const reads = snapshots.filter((s) => s.shareId === share.id).sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
      const before = reads.filter((s) => dayIn(s.capturedAt) < from).at(-1);
      const high: Record<Counter, number> = { impressions: before?.impressions ?? 0, reactions: before?.reactions ?? 0, comments: before?.comments ?? 0, reshares: before?.reshares ?? 0 };
      for (const read of reads.filter((s) => inRange(s.capturedAt))) {
        const add: Partial<Figures> = {};
        for (const counter of ['impressions', 'reactions', 'comments', 'reshares'] as const) {
          const value = read[counter] ?? 0;
          add[counter] = Math.max(0, value - high[counter]);
          high[counter] = Math.max(high[counter], value);
        }
        found.push({ share, day: dayIn(read.capturedAt), add });
      }
    }
    return found;
  }

  /** Sums events into figures; sharers are the different people among the shares published. */
  function tally(found: Event[]): Figures {
    const figures = zero();
    const people = new Set<string>();
    for (const { share, add } of found) {
      for (const field of FIELDS) figures[field] += add[field] ?? 0;
      if (add.shares) people.add(share.userId);
    }
    figures.sharers = people.size;
    return figures;
  }

  function emv(f: Figures) {
    const minor = { impressions: (f.impressions * RATES.cpmMinor) / 1000, clicks: f.clicks * RATES.cpcMinor, reactions: f.reactions * RATES.perReactionMinor, comments: f.comments * RATES.perCommentMinor, reshares: f.reshares * RATES.perReshareMinor };
    const units = (v: number) => Math.round(v) / 100;
    return { amount: units(Object.values(minor).reduce((a, b) => a + b, 0)), currency: RATES.currency, parts: Object.fromEntries(Object.entries(minor).map(([k, v]) => [k, units(v)])) };
  }

  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);

  const RANGES = [
    ['2026-10-20', '2026-11-05'], // across the clock change
    ['2026-10-26', '2026-10-31'], // engagement of earlier shares, over their reads before the range
  ] as const;

  // --- The dashboards against it ----------------------------------------------------------------

  it('the organisation, each team, a campaign and a post: each day and the total, with the rates applied', async () => {
    const scopes: { query: string; holds: (share: SeededShare) => boolean; employees: number }[] = [
      { query: '', holds: () => true, employees: employees.length },
      ...Object.values(teams).map((teamId) => ({
        query: `&teamId=${teamId}`,
        holds: (share: SeededShare) => employees.find((e) => e.id === share.userId)!.teams.includes(teamId),
        employees: employees.filter((e) => e.teams.includes(teamId)).length,
      })),
      { query: `&campaignId=${campaignId}`, holds: (share: SeededShare) => posts.find((p) => p.id === share.postId)!.campaignId === campaignId, employees: employees.length },
      { query: `&postId=${posts[1].id}`, holds: (share: SeededShare) => share.postId === posts[1].id, employees: employees.length },
    ];
    for (const [from, to] of RANGES) {
      const all = events(from, to);
      for (const scope of scopes) {
        const found = all.filter((e) => scope.holds(e.share));
        const total = tally(found);
        const summary = (await curator.get(`/api/v1/analytics/summary?from=${from}&to=${to}${scope.query}`).expect(200)).body;
        const context = `${from}..${to}${scope.query}`;
        expect({ context, ...pick(summary) }).toEqual({ context, ...total });
        expect(summary.series.map((day: Figures & { day: string }) => ({ context, day: day.day, ...pick(day) }))).toEqual(daysOf(from, to).map((day) => ({ context, day, ...tally(found.filter((e) => e.day === day)) })));
        expect(summary).toMatchObject({
          timezone: TIMEZONE,
          activeEmployees: scope.employees,
          participation: ratio(total.sharers, scope.employees),
          clickThrough: total.impressions > 0 ? ratio(total.clicks, total.impressions) : null,
          conversionRate: ratio(total.conversions, total.clicks),
          emv: emv(total),
          rates: { ...RATES, customised: true },
        });
      }
    }
    // The seeded days hold something of everything, so the comparison above is not of zeros.
    const whole = tally(events(...RANGES[0]));
    for (const field of FIELDS) expect(whole[field]).toBeGreaterThan(0);
  });

  it('each metric by day, earned media value included', async () => {
    const [from, to] = RANGES[0];
    const all = events(from, to);
    for (const metric of ['shares', 'sharers', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions', 'emv'] as const) {
      const answer = (await curator.get(`/api/v1/analytics/timeseries?metric=${metric}&from=${from}&to=${to}`).expect(200)).body as { points: { day: string; value: number }[] };
      const expected = daysOf(from, to).map((day) => {
        const figures = tally(all.filter((e) => e.day === day));
        return { day, value: metric === 'emv' ? emv(figures).amount : figures[metric] };
      });
      expect({ metric, points: answer.points }).toEqual({ metric, points: expected });
    }
  });

  it('each person’s own figures', async () => {
    for (const [from, to] of RANGES) {
      for (const employee of employees) {
        const found = events(from, to).filter((e) => e.share.userId === employee.id);
        const mine = (await (await t.as(employee.email)).get(`/api/v1/me/analytics?from=${from}&to=${to}`).expect(200)).body;
        expect({ who: employee.email, ...pick(mine) }).toEqual({ who: employee.email, ...tally(found) });
        expect(mine.series.map((day: Figures & { day: string }) => ({ day: day.day, ...pick(day) }))).toEqual(daysOf(from, to).map((day) => ({ day, ...tally(found.filter((e) => e.day === day)) })));
      }
    }
  });

  it('top content and top advocates: each one’s figures, most clicks first, never naming someone off leaderboards', async () => {
    const rank = <T extends Figures & { key: string }>(items: T[]) =>
      items.sort((a, b) => b.clicks - a.clicks || b.reactions + b.comments + b.reshares - (a.reactions + a.comments + a.reshares) || b.shares - a.shares || b.conversions - a.conversions || (a.key < b.key ? -1 : 1));
    const grouped = (found: Event[], keyOf: (share: SeededShare) => string) => {
      const groups = new Map<string, Event[]>();
      for (const event of found) groups.set(keyOf(event.share), [...(groups.get(keyOf(event.share)) ?? []), event]);
      return [...groups].map(([key, group]) => ({ key, ...tally(group) }));
    };
    for (const [from, to] of RANGES) {
      const found = events(from, to);
      const content = (await curator.get(`/api/v1/analytics/top-content?from=${from}&to=${to}&limit=3`).expect(200)).body;
      const expectedContent = rank(grouped(found, (s) => s.postId)).slice(0, 3);
      expect(content).toEqual(expectedContent.map(({ key, ...figures }) => ({ postId: key, title: posts.find((p) => p.id === key)!.title, ...figures })));
      const advocates = (await curator.get(`/api/v1/analytics/top-advocates?from=${from}&to=${to}&limit=10`).expect(200)).body;
      const listed = rank(grouped(found, (s) => s.userId).filter((g) => employees.find((e) => e.id === g.key)!.listed));
      expect(advocates.map(({ name: _name, ...rest }: { name: string }) => rest)).toEqual(listed.map(({ key, ...figures }) => ({ userId: key, ...figures })));
      expect(advocates.length).toBeLessThan(employees.length); // Budi is off leaderboards
    }
  });

  it('a campaign’s report agrees with the summary and the top lists over the same days', async () => {
    const [from, to] = RANGES[0];
    const report = (await curator.get(`/api/v1/analytics/campaigns/${campaignId}/report?from=${from}&to=${to}`).expect(200)).body;
    expect(report.summary).toEqual((await curator.get(`/api/v1/analytics/summary?from=${from}&to=${to}&campaignId=${campaignId}`).expect(200)).body);
    expect(report.topContent).toEqual((await curator.get(`/api/v1/analytics/top-content?from=${from}&to=${to}&campaignId=${campaignId}`).expect(200)).body);
    expect(report.topAdvocates).toEqual((await curator.get(`/api/v1/analytics/top-advocates?from=${from}&to=${to}&campaignId=${campaignId}`).expect(200)).body);
    expect(pick(report.summary)).toEqual(tally(events(from, to).filter((e) => posts.find((p) => p.id === e.share.postId)!.campaignId === campaignId)));
  });
});

function pick(value: Record<string, unknown>): Figures {
  return Object.fromEntries(FIELDS.map((field) => [field, value[field]])) as Figures;
}
