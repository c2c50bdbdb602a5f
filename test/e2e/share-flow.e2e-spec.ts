import { approvalHash } from '@chorus/shares';
import { DateTime } from 'luxon';
import { connectLinkedIn } from '../support/connections';
import { Http, TestApp } from '../support/test-app';

describe('curator -> employee -> approve -> schedule', () => {
  let t: TestApp;
  let curator: Http;
  let ana: Http;
  let citra: Http;
  let admin: Http;
  let salesId: string;
  let anaConnection: string;

  beforeAll(async () => {
    t = await TestApp.start();
    [curator, ana, citra, admin] = await Promise.all(['curator@demo.chorus', 'ana@demo.chorus', 'citra@demo.chorus', 'admin@demo.chorus'].map((e) => t.as(e)));
    salesId = ((await admin.get('/api/v1/teams').expect(200)).body as { id: string; name: string }[]).find((team) => team.name === 'Sales')!.id;
    anaConnection = (await connectLinkedIn(t, 'ana@demo.chorus')).id;
  });
  afterAll(() => t.close());

  async function publishPost(body: Record<string, unknown>): Promise<string> {
    const created = await curator.post('/api/v1/posts').send({ title: 'Quarterly results', url: 'https://example.com/q3', suggestedCommentary: 'Our Q3 results are out.', ...body }).expect(201);
    await curator.post(`/api/v1/posts/${created.body.id}/publish`).expect(200);
    return created.body.id as string;
  }

  async function approvedShare(http: Http, postId: string, connectionId: string, commentary: string): Promise<string> {
    const share = await http.post('/api/v1/shares').send({ postId, connectionId, commentary }).expect(201);
    await http.post(`/api/v1/shares/${share.body.id}/approve`).expect(200);
    return share.body.id as string;
  }

  it('a curator publishes a targeted post with a LinkedIn variant; only its team sees it, featured first', async () => {
    const created = await curator
      .post('/api/v1/posts')
      .send({
        title: 'Sales kick-off in Bali',
        url: 'https://example.com/kickoff',
        suggestedCommentary: 'Our sales team meets in Bali next week.',
        variants: { linkedin: 'Our whole sales team meets in Bali next week to plan 2027.', x: 'Sales kick-off in Bali!' },
        hashtags: ['kickoff', '#Bali'],
        teamIds: [salesId],
      })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'draft', hashtags: ['#kickoff', '#Bali'], teamIds: [salesId] });
    const hidden = (await ana.get('/api/v1/feed').expect(200)).body.items as { id: string }[];
    expect(hidden.map((p) => p.id)).not.toContain(created.body.id);

    await curator.post(`/api/v1/posts/${created.body.id}/publish`).expect(200);
    const anaFeed = (await ana.get('/api/v1/feed').expect(200)).body.items as { id: string; featured: boolean; myShare: unknown }[];
    expect(anaFeed.map((p) => p.id)).toContain(created.body.id);
    expect(anaFeed[0].featured).toBe(true);
    expect(anaFeed.find((p) => p.id === created.body.id)?.myShare).toBeNull();
    const citraFeed = (await citra.get('/api/v1/feed').expect(200)).body.items as { id: string }[];
    expect(citraFeed.map((p) => p.id)).not.toContain(created.body.id);
    const one = await ana.get(`/api/v1/feed/${created.body.id}`).expect(200);
    expect(one.body).toMatchObject({ id: created.body.id, title: 'Sales kick-off in Bali', myShare: null });
    const notForCitra = await citra.get(`/api/v1/feed/${created.body.id}`).expect(404);
    expect(notForCitra.body.message).toBe('This post is not in your feed.');
    await ana.get('/api/v1/feed/not-a-uuid').expect(404);
  });

  it('pages through the feed with a cursor, without repeats', async () => {
    for (let i = 0; i < 4; i++) await publishPost({ title: `News ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await ana.get(`/api/v1/feed?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...page.body.items.map((p) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const all = (await ana.get('/api/v1/feed?limit=50').expect(200)).body.items as { id: string }[];
    expect(seen).toEqual(all.map((p) => p.id));
    await ana.get('/api/v1/feed?cursor=garbage').expect(400);
  });

  it('walks the whole path: draft with a preview, the policy gate, approval of the exact text, scheduling', async () => {
    const postId = await publishPost({ title: 'New office' });
    const draft = await ana.post('/api/v1/shares').send({ postId, connectionId: anaConnection, commentary: 'Proud of our team: we opened a new office!' }).expect(201);
    expect(draft.body).toMatchObject({ status: 'draft', approvedHash: null });
    expect(draft.body.destinationUrl).toMatch(/^https:\/\/example\.com\/q3\?utm_source=linkedin&utm_medium=employee_advocacy&utm_campaign=new-office&utm_content=/);
    expect(draft.body.preview).toEqual({
      network: 'linkedin',
      text: 'Proud of our team: we opened a new office!\n\n#employee',
      // The share's tracked link goes out, and leads on to the post's URL.
      link: expect.stringMatching(/^http:\/\/localhost:3999\/r\/[0-9A-Za-z]{10}$/),
      title: 'New office',
      description: null,
      characters: 53,
      limit: 3000,
    });

    const gated = await ana.post(`/api/v1/shares/${draft.body.id}/approve`).expect(403);
    expect(gated.body.message).toMatch(/acknowledge your organisation's social-media policy \(version 1\)/);
    const policy = await ana.get('/api/v1/policies/current').expect(200);
    expect(policy.body).toMatchObject({ version: 1, acknowledged: false, body: expect.stringContaining('SARA') });
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);

    const approved = await ana.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.approvedHash).toBe(
      approvalHash({ network: 'linkedin', connectionId: anaConnection, text: draft.body.preview.text, link: draft.body.trackedUrl }),
    );

    const at = new Date(Date.now() + 3600_000).toISOString();
    const scheduled = await ana.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at }).expect(200);
    expect(scheduled.body).toMatchObject({ status: 'scheduled', scheduledAt: at, slotted: false });
    const feed = (await ana.get('/api/v1/feed?limit=50').expect(200)).body.items as { id: string; myShare: { status: string } | null }[];
    expect(feed.find((p) => p.id === postId)?.myShare).toEqual({ id: draft.body.id, status: 'scheduled' });

    // A new policy version needs a new acknowledgement.
    await admin.post('/api/v1/policies').send({ body: '# Policy v2\nBe kind.' }).expect(201);
    const another = await ana.post('/api/v1/shares').send({ postId, connectionId: anaConnection, commentary: 'Second thoughts on the office.' }).expect(201);
    await ana.post(`/api/v1/shares/${another.body.id}/approve`).expect(403);
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
    await ana.post(`/api/v1/shares/${another.body.id}/approve`).expect(200);
    const history = (await admin.get('/api/v1/policies').expect(200)).body as { version: number; acknowledgements: number }[];
    expect(history.map((v) => [v.version, v.acknowledgements])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    await ana.get('/api/v1/policies').expect(403);
  });

  it('any edit returns the share to draft and unschedules it; the audit log records every step', async () => {
    const postId = await publishPost({ title: 'Edits' });
    const id = await approvedShare(ana, postId, anaConnection, 'Original words about the edit.');
    await ana.post(`/api/v1/shares/${id}/schedule`).send({ at: new Date(Date.now() + 7200_000).toISOString() }).expect(200);
    const edited = await ana.patch(`/api/v1/shares/${id}`).send({ commentary: 'Better words about the edit.' }).expect(200);
    expect(edited.body).toMatchObject({ status: 'draft', approvedHash: null, approvedAt: null, scheduledAt: null, commentary: 'Better words about the edit.' });

    const log = (await admin.get(`/api/v1/audit-log?shareId=${id}`).expect(200)).body as { action: string; fromStatus: string | null; toStatus: string; actorId: string }[];
    expect(log.map((e) => [e.action, e.fromStatus, e.toStatus]).reverse()).toEqual([
      ['create', null, 'draft'],
      ['approve', 'draft', 'approved'],
      ['schedule', 'approved', 'scheduled'],
      ['edit', 'scheduled', 'draft'],
    ]);
    await ana.get(`/api/v1/audit-log?shareId=${id}`).expect(403);
  });

  it('answers illegal transitions with 409 naming the current state', async () => {
    const postId = await publishPost({ title: 'Illegal' });
    const draft = await ana.post('/api/v1/shares').send({ postId, connectionId: anaConnection, commentary: 'Trying things out of order.' }).expect(201);
    const early = await ana.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at: new Date(Date.now() + 3600_000).toISOString() }).expect(409);
    expect(early.body.message).toMatch(/^This share is a draft/);
    // The code and parameters name the parts, so the web app can say it in the reader's language.
    expect(early.body).toMatchObject({ code: 'share.transition.hint', params: { status: 'share.status.draft', hint: 'share.hint.approveFirst' } });
    await ana.post(`/api/v1/shares/${draft.body.id}/cancel`).expect(200);
    const again = await ana.post(`/api/v1/shares/${draft.body.id}/cancel`).expect(409);
    expect(again.body.message).toMatch(/^This share is cancelled/);
    const edited = await ana.patch(`/api/v1/shares/${draft.body.id}`).send({ commentary: 'too late' }).expect(409);
    expect(edited.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'This share is cancelled; it can no longer be edited.',
      code: 'share.transition.locked',
      params: { status: 'share.status.cancelled', action: 'share.action.edit' },
    });
  });

  it('refuses times in the past, outside the post window, after the token expires, or beyond the daily limit', async () => {
    const expiresAt = new Date(Date.now() + 10 * 24 * 3600_000);
    const postId = await publishPost({ title: 'Windowed', expiresAt: expiresAt.toISOString() });
    const id = await approvedShare(ana, postId, anaConnection, 'Sharing this within its window.');
    const past = await ana.post(`/api/v1/shares/${id}/schedule`).send({ at: new Date(Date.now() - 60_000).toISOString() }).expect(422);
    expect(past.body.message).toMatch(/must be in the future/);
    const late = await ana.post(`/api/v1/shares/${id}/schedule`).send({ at: new Date(expiresAt.getTime() + 3600_000).toISOString() }).expect(422);
    expect(late.body.message).toMatch(/expires on .*pick an earlier time/);

    const short = await connectLinkedIn(t, 'ana@demo.chorus', { expiresInDays: 1 });
    const shortShare = await approvedShare(ana, postId, short.id, 'Sharing from the short-lived account.');
    const expiring = await ana.post(`/api/v1/shares/${shortShare}/schedule`).send({ at: new Date(Date.now() + 2 * 24 * 3600_000).toISOString() }).expect(422);
    expect(expiring.body.message).toMatch(/connection expires on .*reconnect first/);
    // The sentence keeps the ISO instant; the parameter carries it for the reader's timezone.
    expect(expiring.body).toMatchObject({ code: 'share.connectionExpiresFirst', params: { network: 'linkedin', expiresAt: short.expiresAt.toISOString() } });
    expect(expiring.body.message).toContain(short.expiresAt.toISOString());

    await admin.patch('/api/v1/organization').send({ dailyShareLimit: 1 }).expect(200);
    const day = DateTime.now().setZone('Asia/Jakarta').plus({ days: 2 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    await ana.post(`/api/v1/shares/${id}/schedule`).send({ at: day.toUTC().toISO() }).expect(200);
    const second = await approvedShare(ana, postId, anaConnection, 'A second share on the same day.');
    const limited = await ana.post(`/api/v1/shares/${second}/schedule`).send({ at: day.plus({ hours: 5 }).toUTC().toISO() }).expect(422);
    expect(limited.body.message).toMatch(/your organisation allows 1 a day/);
    await ana.post(`/api/v1/shares/${second}/schedule`).send({ at: day.plus({ days: 1 }).toUTC().toISO() }).expect(200);
    await admin.patch('/api/v1/organization').send({ dailyShareLimit: 3 }).expect(200);
  });

  it('puts approved shares into the next free weekly slot, in the employee\'s timezone', async () => {
    const postId = await publishPost({ title: 'Slots' });
    const first = await approvedShare(ana, postId, anaConnection, 'First one for my Tuesday slot.');
    const noSlots = await ana.post(`/api/v1/shares/${first}/schedule`).send({ slot: 'next' }).expect(422);
    expect(noSlots.body.message).toMatch(/no weekly slots/);
    await ana.patch('/api/v1/me').send({ weeklySlots: [{ weekday: 2, time: '09:00' }] }).expect(200);

    const slotted = await ana.post(`/api/v1/shares/${first}/schedule`).send({ slot: 'next' }).expect(200);
    const local = DateTime.fromISO(slotted.body.scheduledAt as string).setZone('Asia/Jakarta');
    expect([local.weekday, local.hour, local.minute]).toEqual([2, 9, 0]);
    expect(slotted.body.slotted).toBe(true);

    const second = await approvedShare(ana, postId, anaConnection, 'Second one goes a week later.');
    const next = await ana.post(`/api/v1/shares/${second}/schedule`).send({ slot: 'next' }).expect(200);
    expect(DateTime.fromISO(next.body.scheduledAt as string).diff(local, 'days').days).toBe(7);

    const unapproved = await ana.post('/api/v1/shares').send({ postId, connectionId: anaConnection, commentary: 'Not approved yet.' }).expect(201);
    await ana.post(`/api/v1/shares/${unapproved.body.id}/schedule`).send({ slot: 'next' }).expect(409);
    const both = await ana.post(`/api/v1/shares/${second}/schedule`).send({ slot: 'next', at: new Date().toISOString() }).expect(400);
    expect(both.body.message).toMatch(/either at .* or slot/);
  });

  it('asks for own words when the post requires them, and flags near-duplicates of colleagues', async () => {
    const postId = await publishPost({ title: 'Own words', suggestedCommentary: 'We are proud to announce our new Surabaya office.', requireOwnCommentary: true });
    const copy = await ana.post('/api/v1/shares').send({ postId, connectionId: anaConnection, commentary: 'We are proud to announce our NEW Surabaya office!!' }).expect(201);
    expect(copy.body.warnings).toContainEqual(expect.objectContaining({ code: 'not_own_words' }));
    const refused = await ana.post(`/api/v1/shares/${copy.body.id}/approve`).expect(422);
    expect(refused.body.message).toMatch(/^This post asks for your own words/);

    const own = 'I grew up in Surabaya, so seeing our team open an office there means a lot to me personally.';
    await ana.patch(`/api/v1/shares/${copy.body.id}`).send({ commentary: own }).expect(200);
    await ana.post(`/api/v1/shares/${copy.body.id}/approve`).expect(200);

    const budi = await t.as('budi@demo.chorus');
    const budiConnection = await connectLinkedIn(t, 'budi@demo.chorus');
    const echo = await budi.post('/api/v1/shares').send({ postId, connectionId: budiConnection.id, commentary: own }).expect(201);
    expect(echo.body.warnings).toContainEqual(expect.objectContaining({ code: 'near_duplicate' }));
  });

  it('blocks with the rule and the words, sends review rules to a reviewer, who approves or rejects with a note', async () => {
    const postId = await publishPost({ title: 'Compliance' });
    const blocked = await ana.post('/api/v1/shares').send({ postId, connectionId: anaConnection, commentary: 'Sneak peek at our confidential roadmap!' }).expect(201);
    const refusal = await ana.post(`/api/v1/shares/${blocked.body.id}/approve`).expect(422);
    expect(refusal.body.message).toMatch(/confidential/);
    expect(refusal.body).toMatchObject({
      code: 'compliance.blockedBy',
      params: { category: 'compliance.category.confidential', matched: '"confidential"' },
      errors: [{ code: 'compliance.blockedBy', message: refusal.body.message }],
    });
    expect((await ana.get(`/api/v1/shares/${blocked.body.id}`).expect(200)).body.status).toBe('draft');

    await admin.post('/api/v1/compliance-rules').send({ pattern: 'competitor', category: 'custom', action: 'review' }).expect(201);
    const flagged = await ana.post('/api/v1/shares').send({ postId, connectionId: anaConnection, commentary: 'We beat every competitor this quarter.' }).expect(201);
    const inReview = await ana.post(`/api/v1/shares/${flagged.body.id}/approve`).expect(200);
    expect(inReview.body.status).toBe('in_review');
    await ana.post(`/api/v1/shares/${flagged.body.id}/schedule`).send({ at: new Date(Date.now() + 3600_000).toISOString() }).expect(409);

    await ana.get('/api/v1/reviews').expect(403);
    const queue = (await admin.get('/api/v1/reviews').expect(200)).body as { id: string; owner: { name: string }; matches: unknown[]; postUrl: string | null; reviewedAt: string | null }[];
    const queued = queue.find((s) => s.id === flagged.body.id);
    expect(queued?.owner.name).toBe('Ana Wijaya');
    // The reviewer sees which rule held it and the words it matched, to highlight them.
    expect(queued?.matches).toEqual([expect.objectContaining({ category: 'custom', action: 'review', matched: ['competitor'], code: expect.any(String), message: expect.stringContaining('competitor') })]);
    expect(queued).toMatchObject({ postUrl: null, reviewedAt: null });
    const missingNote = await admin.post(`/api/v1/reviews/${flagged.body.id}/reject`).send({}).expect(400);
    expect(missingNote.body.message).toContain('note must say what the employee should change');
    const rejected = await admin.post(`/api/v1/reviews/${flagged.body.id}/reject`).send({ note: 'Do not compare us with competitors.' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'draft', reviewNote: 'Do not compare us with competitors.', approvedHash: null });

    await ana.post(`/api/v1/shares/${flagged.body.id}/approve`).expect(200);
    const approved = await admin.post(`/api/v1/reviews/${flagged.body.id}/approve`).send({}).expect(200);
    expect(approved.body.status).toBe('approved');
    // The owner's page can say a reviewer approved it after their own approval.
    expect(Date.parse(approved.body.reviewedAt)).toBeGreaterThanOrEqual(Date.parse(approved.body.approvedAt));
    // The owner's page can say a reviewer approved it after their own approval.
    expect(Date.parse(approved.body.reviewedAt)).toBeGreaterThanOrEqual(Date.parse(approved.body.approvedAt));
    await ana.post(`/api/v1/shares/${flagged.body.id}/schedule`).send({ at: new Date(Date.now() + 3600_000).toISOString() }).expect(200);
  });

  it('cancels shares of expired posts with a reason the owner can read, and drops the post from feeds', async () => {
    const expiresAt = new Date(Date.now() + 3600_000);
    const postId = await publishPost({ title: 'Short-lived', expiresAt: expiresAt.toISOString() });
    const id = await approvedShare(ana, postId, anaConnection, 'Quick, before it expires.');
    t.clock.advance(2 * 3600_000);
    try {
      const feed = (await ana.get('/api/v1/feed?limit=50').expect(200)).body.items as { id: string }[];
      expect(feed.map((p) => p.id)).not.toContain(postId);
      const { SharesService } = await import('@chorus/shares');
      await t.app.get(SharesService).cancelSharesOfExpiredPosts();
      const share = (await ana.get(`/api/v1/shares/${id}`).expect(200)).body;
      expect(share.status).toBe('cancelled');
      expect(share.cancelledReason).toMatch(/The post "Short-lived" expired on .* so this share was cancelled/);
      const notes = (await ana.get('/api/v1/me/notifications').expect(200)).body.items as { kind: string; title: string }[];
      expect(notes).toContainEqual(expect.objectContaining({ kind: 'share.expired', title: 'A share was cancelled' }));
    } finally {
      t.clock.reset();
    }
  });

  it('keeps shares private: another employee or another organisation gets 404', async () => {
    const postId = await publishPost({ title: 'Private' });
    const draft = await ana.post('/api/v1/shares').send({ postId, connectionId: anaConnection, commentary: 'Mine alone.' }).expect(201);
    const budi = await t.as('budi@demo.chorus');
    await budi.get(`/api/v1/shares/${draft.body.id}`).expect(404);
    await budi.post(`/api/v1/shares/${draft.body.id}/approve`).expect(404);
    await budi.patch(`/api/v1/shares/${draft.body.id}`).send({ commentary: 'hijack' }).expect(404);
    const stolen = await budi.post('/api/v1/shares').send({ postId, connectionId: anaConnection, commentary: 'Using Ana’s account' }).expect(400);
    expect(stolen.body.message).toMatch(/^connectionId: you have no connected account/);
  });

  it('refuses bad input on every new route with the field named, never a 500', async () => {
    const badPost = await curator
      .post('/api/v1/posts')
      .send({ title: '', url: 'ftp://example.com', suggestedCommentary: 'x', variants: { x: 'é'.repeat(10) + '日'.repeat(140) }, teamIds: ['nope'], colour: 'red' })
      .expect(400);
    expect(badPost.body.message).toEqual(
      expect.arrayContaining([
        'property colour should not exist',
        'title should not be empty',
        'url must be an http or https address',
        'variants.x must be at most 280 weighted characters (URLs count 23, emoji and CJK count 2)',
        'each value in teamIds must be a team id (UUID)',
      ]),
    );
    const window = await curator.post('/api/v1/posts').send({ title: 't', suggestedCommentary: 's', publishAt: '2030-01-02T00:00:00Z', expiresAt: '2030-01-01T00:00:00Z' }).expect(400);
    expect(window.body.message).toBe('expiresAt must be after publishAt');
    await ana.post('/api/v1/posts').send({ title: 't', suggestedCommentary: 's' }).expect(403);

    const badShare = await ana.post('/api/v1/shares').send({ postId: 'x', connectionId: 42, commentary: '' }).expect(400);
    expect(badShare.body.message).toEqual(
      expect.arrayContaining(['postId must be a post id (UUID)', 'connectionId must be a connection id (UUID)', 'commentary must not be empty: write what you want to say']),
    );
    const tooLong = await ana.post('/api/v1/shares').send({ postId: '00000000-0000-4000-8000-000000000000', connectionId: anaConnection, commentary: 'x'.repeat(3001) }).expect(400);
    expect(tooLong.body.message).toEqual(['commentary must be at most 3,000 characters']);
    const unknownPost = await ana.post('/api/v1/shares').send({ postId: '00000000-0000-4000-8000-000000000000', connectionId: anaConnection, commentary: 'hi' }).expect(400);
    expect(unknownPost.body.message).toMatch(/^postId: no post with id/);

    const postId = await publishPost({ title: 'Bad schedule input' });
    const id = await approvedShare(ana, postId, anaConnection, 'Scheduling with bad input.');
    const badAt = await ana.post(`/api/v1/shares/${id}/schedule`).send({ at: 'tomorrow' }).expect(400);
    expect(badAt.body.message).toEqual(['at must be an ISO 8601 date-time such as 2026-12-01T02:00:00Z']);
    await ana.post(`/api/v1/shares/${id}/schedule`).send({ slot: 'later' }).expect(400);
    await ana.get('/api/v1/shares?status=lost').expect(400);
    await ana.get('/api/v1/feed?limit=abc').expect(400);
    const badRule = await admin.post('/api/v1/compliance-rules').send({ pattern: '/(a+)+$/', category: 'weird', action: 'ban' }).expect(400);
    expect(badRule.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^category must be one of/), expect.stringMatching(/^action must be one of/)]));
    const badRegex = await admin.post('/api/v1/compliance-rules').send({ pattern: '/(a+)+(?=b)/', category: 'custom', action: 'block' }).expect(400);
    expect(badRegex.body.message).toMatch(/^pattern: /);
    await admin.post('/api/v1/policies').send({ body: '' }).expect(400);
    await ana.post('/api/v1/policies').send({ body: 'mine' }).expect(403);
    // Nothing stored was lost: the share is still approved.
    expect((await ana.get(`/api/v1/shares/${id}`).expect(200)).body.status).toBe('approved');
  });
});
