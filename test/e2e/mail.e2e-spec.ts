import { APP_CONFIG, Clock } from '@chorus/config';
import { ContentRepository } from '@chorus/content';
import { OutboxRelay, Transactions } from '@chorus/db';
import { DigestService, MailLinks, MailMessage, MailQueue, MailRepository, MailRequeuer } from '@chorus/mail';
import { NotificationsRepository } from '@chorus/notifications';
import { eventually, Http, TestApp } from '../support/test-app';
import { ReceivedMail, SmtpSink, startSmtpSink } from '../support/smtp-sink';

const DAY = 24 * 3600_000;
const database = process.env.CHORUS_TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';

describe(`mail through a real SMTP server (${database})`, () => {
  let sink: SmtpSink;
  let t: TestApp;
  let admin: Http, curator: Http, ana: Http, budi: Http, citra: Http;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await TestApp.start({ SMTP_URL: sink.url, MAIL_FROM: 'Chorus at Demo <chorus@demo.test>', JOB_RETRY_BASE_DELAY_MS: '20' });
    [admin, curator, ana, budi, citra] = await t.asDemo('admin', 'curator', 'ana', 'budi', 'citra');
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  /** A second digest service as another worker process would build it: nothing in memory shared, only the database. */
  function freshDigestService(): DigestService {
    const get = <T>(token: string | symbol | (abstract new (...args: never[]) => T)): T => t.app.get(token, { strict: false });
    return new DigestService(
      get(APP_CONFIG),
      get(MailRepository),
      get(NotificationsRepository),
      get(ContentRepository),
      get(MailQueue),
      get(MailLinks),
      get(Transactions),
      get(Clock),
    );
  }

  /** Relays the outbox (twice: a second run must mail nobody again) and waits for the mail jobs. */
  async function deliver(): Promise<void> {
    await t.app.get(OutboxRelay).run();
    await t.app.get(OutboxRelay).run();
    await t.jobsIdle();
  }

  async function mailsTo(address: string, expected: number, accept: (m: ReceivedMail) => boolean): Promise<ReceivedMail[]> {
    return eventually(
      async () => sink.to(address).filter(accept),
      (found) => found.length >= expected,
    );
  }

  async function stored(where: Partial<Pick<MailMessage, 'toAddress' | 'status' | 'category' | 'subject'>>): Promise<MailMessage[]> {
    return t.dataSource.getRepository(MailMessage).find({ where, order: { createdAt: 'ASC' } });
  }

  async function currentPolicyVersion(): Promise<number> {
    return ((await ana.get('/api/v1/policies/current').expect(200)).body as { version: number }).version;
  }

  it('mails an instant notification once to each person, in their language, with links to APP_URL and one-click unsubscribe', async () => {
    await admin.post('/api/v1/policies').send({ body: '# Policy v2\n\nBe kind.' }).expect(201);
    await deliver();
    const [english] = await mailsTo('ana@demo.chorus', 1, (m) => m.subject.includes('social-media policy'));
    const [indonesian] = await mailsTo('budi@demo.chorus', 1, (m) => m.subject.includes('kebijakan media sosial'));

    expect(english.subject).toMatch(/^Read the new social-media policy \(version \d+\)$/);
    expect(english.text).toContain('Hello Ana Wijaya,');
    expect(english.text).toContain('Demo');
    expect(english.text).toContain(`Open in Chorus: ${t.config.appUrl}/policy`);
    expect(english.html).toContain(`href="${t.config.appUrl}/policy"`);
    expect(english.from).toBe('chorus@demo.test');
    expect(english.listUnsubscribe).toMatch(new RegExp(`^${t.config.appUrl}/api/v1/unsubscribe\\?token=`));
    expect(english.listUnsubscribePost).toBe('List-Unsubscribe=One-Click');
    expect(english.messageId).toMatch(/^<[0-9a-f-]{36}@/);

    expect(indonesian.text).toContain('Halo Budi Santoso,');
    expect(indonesian.text).toContain('Buka di Chorus');
    expect(indonesian.html).toContain('lang="id"');

    // Every link of the mail goes to APP_URL.
    for (const mail of [english, indonesian]) {
      const links = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const link of links) expect(link.startsWith(`${t.config.appUrl}/`)).toBe(true);
    }
    // The author is not told about their own policy, and nobody is mailed twice.
    await deliver();
    expect(sink.to('admin@demo.chorus').filter((m) => m.subject.includes('policy'))).toHaveLength(0);
    expect(sink.to('ana@demo.chorus').filter((m) => m.subject.includes('social-media policy'))).toHaveLength(1);
  });

  it('shows and changes mail preferences per kind, refusing unknown kinds and deliveries by field', async () => {
    const defaults = (await citra.get('/api/v1/me/notification-preferences').expect(200)).body;
    expect(defaults).toMatchObject({ weeklyDigestDay: 1, digestHour: 8, mailSent: true });
    expect(defaults.deliveries).toMatchObject({ 'share.failed': 'instant', 'connection.expiring': 'instant', 'content.featured': 'weekly' });

    const changed = await citra.patch('/api/v1/me/notification-preferences').send({ 'policy.published': 'off', 'share.published': 'instant', weeklyDigestDay: 5 }).expect(200);
    expect(changed.body.deliveries).toMatchObject({ 'policy.published': 'off', 'share.published': 'instant', 'share.failed': 'instant' });
    expect(changed.body.weeklyDigestDay).toBe(5);
    expect(changed.body.defaults['policy.published']).toBe('instant');

    const bad = await citra.patch('/api/v1/me/notification-preferences').send({ 'share.failed': 'hourly', 'no.such': 'off', weeklyDigestDay: 8 }).expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'share.failed', code: 'validation.isIn' }),
        expect.objectContaining({ field: 'no.such', code: 'validation.unknownProperty' }),
        expect.objectContaining({ field: 'weeklyDigestDay', code: 'validation.max' }),
      ]),
    );
    // Nothing of the refused request was stored.
    expect((await citra.get('/api/v1/me/notification-preferences').expect(200)).body.deliveries['share.failed']).toBe('instant');

    await admin.post('/api/v1/policies').send({ body: '# Policy v3\n\nBe kinder.' }).expect(201);
    await deliver();
    await mailsTo('ana@demo.chorus', 2, (m) => m.subject.includes('social-media policy'));
    expect(sink.to('citra@demo.chorus').filter((m) => m.subject.includes('kebijakan'))).toHaveLength(1); // version 2 only
  });

  it('unsubscribes in one click from the header link without signing in, and shows what a link stops', async () => {
    const [mail] = sink.to('budi@demo.chorus').filter((m) => m.subject.includes('kebijakan'));
    const url = new URL(mail.listUnsubscribe!);
    const token = url.searchParams.get('token')!;
    const described = await t.http.get(`/api/v1/unsubscribe?token=${encodeURIComponent(token)}`).expect(200);
    expect(described.body).toEqual({ email: 'budi@demo.chorus', kinds: ['policy.published'], digest: null, unsubscribed: false });
    // Looking changed nothing (mail scanners open links).
    expect((await budi.get('/api/v1/me/notification-preferences').expect(200)).body.deliveries['policy.published']).toBe('instant');

    // RFC 8058: the mail client posts List-Unsubscribe=One-Click to the header's URL.
    const done = await t.http.post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(done.body).toMatchObject({ kinds: ['policy.published'], unsubscribed: true });
    expect((await budi.get('/api/v1/me/notification-preferences').expect(200)).body.deliveries['policy.published']).toBe('off');

    const altered = `${token.slice(0, -2)}xx`;
    const refused = await t.http.post(`/api/v1/unsubscribe?token=${encodeURIComponent(altered)}`).expect(404);
    expect(refused.body.code).toBe('mail.unsubscribeInvalid');
    await t.http.get('/api/v1/unsubscribe').expect(400);
  });

  it('retries a mail the relay defers, sends it once, and ends one the relay refuses', async () => {
    // Mail still on its way from the tests above must not take the two refusals meant for this one.
    await deliver();
    await t.queuesIdle();
    sink.failNext(2, 451);
    await admin.post('/api/v1/policies').send({ body: '# Policy v4' }).expect(201);
    const deferredSubject = `Read the new social-media policy (version ${await currentPolicyVersion()})`;
    await deliver();
    const deferred = await eventually(
      () => stored({ subject: deferredSubject }),
      (rows) => rows.length > 0 && rows.every((r) => r.status === 'sent'),
    );
    // Two tries were deferred (451) and tried again; each reader still got the mail exactly once.
    expect(deferred.reduce((sum, r) => sum + r.attempts, 0)).toBe(deferred.length + 2);
    for (const row of deferred) expect(sink.to(row.toAddress).filter((m) => m.subject === deferredSubject)).toHaveLength(1);

    sink.failNext(1, 550);
    await admin.post('/api/v1/policies').send({ body: '# Policy v5' }).expect(201);
    const refusedSubject = `Read the new social-media policy (version ${await currentPolicyVersion()})`;
    await deliver();
    const rows = await eventually(
      () => stored({ subject: refusedSubject }),
      (found) => found.length > 0 && found.every((r) => r.status !== 'queued'),
    );
    const failed = rows.filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ attempts: 1 });
    expect(failed[0].lastError).toMatch(/550/);
    // The requeue tick leaves ended mails alone: the refused one is never sent.
    await t.app.get(MailRequeuer).run();
    await t.jobsIdle();
    expect(sink.to(failed[0].toAddress).filter((m) => m.subject === refusedSubject)).toHaveLength(0);
  });

  it('puts a mail whose job was lost back on the queue', async () => {
    // Stop sending to simulate a worker that died after the mail was stored: the job is dropped.
    const rows = await t.dataSource.getRepository(MailMessage).find({ where: { status: 'queued' } });
    expect(rows).toHaveLength(0);
    await t.dataSource.getRepository(MailMessage).insert({
      id: '00000000-0000-4000-8000-00000000a11a',
      organizationId: (await t.dataSource.query(`SELECT "organizationId" FROM users WHERE email = 'curator@demo.chorus'`))[0].organizationId,
      userId: null,
      dedupeKey: 'test:lost-job',
      category: 'notification',
      kind: 'policy.published',
      toAddress: 'curator@demo.chorus',
      locale: 'en',
      subject: 'A mail whose job was lost',
      text: 'Hello',
      html: '<p>Hello</p>',
      headers: {},
      secret: false,
      status: 'queued',
      attempts: 0,
      lastError: null,
      enqueuedAt: new Date(t.clock.now().getTime() - 10 * 60_000),
      sentAt: null,
      createdAt: new Date(t.clock.now().getTime() - 10 * 60_000),
    });
    expect(await t.app.get(MailRequeuer).run()).toBe(1);
    await t.jobsIdle();
    const received = await mailsTo('curator@demo.chorus', 1, (m) => m.subject === 'A mail whose job was lost');
    expect(received).toHaveLength(1);
    expect(await t.app.get(MailRequeuer).run()).toBe(0);
  });

  it('mails a single-use, expiring password-reset link, answering alike whether or not the address exists', async () => {
    const known = await t.http.post('/api/v1/auth/forgot-password').send({ email: 'Citra@Demo.Chorus' }).expect(202);
    const unknown = await t.http.post('/api/v1/auth/forgot-password').send({ email: 'nobody@demo.chorus' }).expect(202);
    expect(known.body).toEqual(unknown.body);
    expect(known.body).toMatchObject({ code: 'password.reset.requested', params: { minutes: 60 } });
    await t.jobsIdle();
    const [mail] = await mailsTo('citra@demo.chorus', 1, (m) => m.subject === 'Atur ulang kata sandi Chorus Anda');
    expect(mail.text).toContain('Pilih kata sandi baru');
    expect(sink.to('nobody@demo.chorus')).toHaveLength(0);
    const link = new URL(/(http\S+reset-password\?token=\S+)/.exec(mail.text)![1]);
    expect(link.origin).toBe(t.config.appUrl);
    const token = link.searchParams.get('token')!;

    const oldSession = (await t.http.post('/api/v1/auth/login').send({ email: 'citra@demo.chorus', password: 'chorus-demo' }).expect(200)).body.refreshToken;
    const short = await t.http.post('/api/v1/auth/reset-password').send({ token, password: 'short' }).expect(400);
    expect(short.body.errors[0]).toMatchObject({ field: 'password', code: 'auth.passwordTooShort' });
    await t.http.post('/api/v1/auth/reset-password').send({ token, password: 'a-brand-new-password' }).expect(204);
    await t.http.post('/api/v1/auth/login').send({ email: 'citra@demo.chorus', password: 'a-brand-new-password' }).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email: 'citra@demo.chorus', password: 'chorus-demo' }).expect(401);
    // Every earlier sign-in ended with the reset.
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: oldSession }).expect(401);
    const again = await t.http.post('/api/v1/auth/reset-password').send({ token, password: 'yet-another-password' }).expect(400);
    expect(again.body.code).toBe('password.reset.invalid');

    // A link works for its hour only.
    await t.http.post('/api/v1/auth/forgot-password').send({ email: 'ana@demo.chorus' }).expect(202);
    await t.jobsIdle();
    const [anaMail] = await mailsTo('ana@demo.chorus', 1, (m) => m.subject === 'Reset your Chorus password');
    const anaToken = new URL(/(http\S+reset-password\?token=\S+)/.exec(anaMail.text)![1]).searchParams.get('token')!;
    t.clock.advance(61 * 60_000);
    try {
      const expired = await t.http.post('/api/v1/auth/reset-password').send({ token: anaToken, password: 'a-brand-new-password' }).expect(400);
      expect(expired.body.code).toBe('password.reset.expired');
    } finally {
      t.clock.reset();
    }
    // Once sent, the link is no longer stored in the mail.
    const [row] = await stored({ toAddress: 'ana@demo.chorus', category: 'password-reset' });
    expect(row.text).not.toContain(anaToken);
  });

  it('mails an invitation with its link, and the admin still sees the link in the answer', async () => {
    const created = await admin.post('/api/v1/users').send({ email: 'dewi@demo.chorus', name: 'Dewi Anggraini', roles: ['employee'], locale: 'id' }).expect(201);
    await t.jobsIdle();
    const [mail] = await mailsTo('dewi@demo.chorus', 1, () => true);
    expect(mail.subject).toBe('Anda diundang ke Demo di Chorus');
    expect(mail.text).toContain(created.body.inviteUrl);
    const token = new URL(created.body.inviteUrl).searchParams.get('token');
    await t.http.post('/api/v1/auth/accept-invite').send({ token, password: 'dewi-password-1' }).expect(200);
  });

  it("lists the organisation's mail for admins only, hiding other people's one-time links", async () => {
    const list = await admin.get('/api/v1/admin/sent-mail?limit=100').expect(200);
    expect(list.body.smtpConfigured).toBe(true);
    const items = list.body.items as { to: string; category: string; status: string; hidden: boolean; text: string; id: string }[];
    expect(items.some((m) => m.to === 'ana@demo.chorus' && m.category === 'notification' && m.status === 'sent')).toBe(true);
    const invitation = items.find((m) => m.to === 'dewi@demo.chorus' && m.category === 'invitation')!;
    expect(invitation).toMatchObject({ hidden: true });
    expect(invitation.text).not.toContain('token=');
    expect((await admin.get(`/api/v1/admin/sent-mail/${invitation.id}`).expect(200)).body.id).toBe(invitation.id);
    await ana.get('/api/v1/admin/sent-mail').expect(403);
    await admin.get('/api/v1/admin/sent-mail/00000000-0000-4000-8000-000000000000').expect(404);
    await admin.get('/api/v1/admin/sent-mail?cursor=nonsense').expect(400);
    const page = await admin.get('/api/v1/admin/sent-mail?limit=1').expect(200);
    expect(page.body.items).toHaveLength(1);
    const next = await admin.get(`/api/v1/admin/sent-mail?limit=1&cursor=${page.body.nextCursor}`).expect(200);
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
  });

  it('sends a daily digest of new posts at the digest hour, once per period across a worker restart', async () => {
    await ana.patch('/api/v1/me/notification-preferences').send({ 'content.featured': 'daily' }).expect(200);
    for (const title of ['Digest post one', 'Digest post two']) {
      const post = await curator.post('/api/v1/posts').send({ title, suggestedCommentary: `${title}.` }).expect(201);
      await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
    }
    await deliver();
    // Before the next digest hour nothing goes out for these posts.
    await t.app.get(DigestService).run();
    await t.jobsIdle();
    expect(sink.to('ana@demo.chorus').filter((m) => m.text.includes('Digest post one'))).toHaveLength(0);

    t.clock.advance(DAY);
    try {
      // Two workers looking at once (each with its own service; what they share is the database).
      const second = freshDigestService();
      await Promise.all([t.app.get(DigestService).run(), second.run()]);
      await t.jobsIdle();
      const [digest] = await mailsTo('ana@demo.chorus', 1, (m) => m.text.includes('Digest post one'));
      expect(digest.subject).toMatch(/^Your daily Chorus digest: \d+ new$/);
      expect(digest.text).toContain('New posts to share');
      expect(digest.text).toContain('Digest post two');
      expect(digest.text).toMatch(new RegExp(`Write my post: ${t.config.appUrl}/feed/[0-9a-f-]{36}/share`));
      expect(digest.listUnsubscribe).toContain('/api/v1/unsubscribe?token=');

      // A restarted worker (a new service, nothing in memory) finds the period claimed: no second digest.
      const restarted = freshDigestService();
      await restarted.run();
      await t.jobsIdle();
      expect(sink.to('ana@demo.chorus').filter((m) => m.text.includes('Digest post one'))).toHaveLength(1);

      // Unsubscribing from the digest turns off what it carries.
      const token = new URL(digest.listUnsubscribe!).searchParams.get('token')!;
      const done = await t.http.post(`/api/v1/unsubscribe?token=${encodeURIComponent(token)}`).expect(200);
      expect(done.body).toMatchObject({ digest: 'daily', unsubscribed: true });
      expect(done.body.kinds).toEqual(expect.arrayContaining(['content.featured', 'share.published']));
      expect((await ana.get('/api/v1/me/notification-preferences').expect(200)).body.deliveries['content.featured']).toBe('off');
    } finally {
      t.clock.reset();
    }
  });
});
