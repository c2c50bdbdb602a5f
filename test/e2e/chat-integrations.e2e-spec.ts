import { ChatWebhook } from '@chorus/chat';
import { OutboxRelay } from '@chorus/db';
import { ContestsService } from '@chorus/gamification';
import { OrganizationsService } from '@chorus/identity';
import { DateTime } from 'luxon';
import { ChatReceiver, startChatReceiver } from '../support/chat-receiver';
import { awardPendingPoints, pointsPost, publishedShare } from '../support/gamification';
import { eventually, TestApp } from '../support/test-app';

type Http = Awaited<ReturnType<TestApp['as']>>;
interface Webhook {
  id: string;
  service: string;
  teamId: string | null;
  maskedUrl: string;
  status: string;
  disabledReason: string | null;
}

describe(`Slack and Teams channels (${process.env.CHORUS_TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let t: TestApp;
  let admin: Http;
  let curator: Http;
  let ana: Http;
  let teams: Record<string, string>;
  const receivers: ChatReceiver[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ CHAT_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', LOG_LEVEL: 'log' });
    [admin, curator, ana] = await Promise.all(['admin', 'curator', 'ana'].map((n) => t.as(`${n}@demo.chorus`)));
    teams = Object.fromEntries(((await admin.get('/api/v1/teams').expect(200)).body as { id: string; name: string }[]).map((team) => [team.name, team.id]));
  });
  afterAll(async () => {
    await t.close();
    await Promise.all(receivers.map((r) => r.close()));
  });

  async function receiver(...script: Parameters<typeof startChatReceiver>[0]): Promise<ChatReceiver> {
    const started = await startChatReceiver(script);
    receivers.push(started);
    return started;
  }

  /** Publishes a featured post and lets the outbox relay queue its deliveries. */
  async function featuredPost(title: string, teamIds: string[] = []): Promise<string> {
    const post = await curator.post('/api/v1/posts').send({ title, suggestedCommentary: 'Read this.', featured: true, teamIds }).expect(201);
    await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
    await t.app.get(OutboxRelay).run();
    return post.body.id as string;
  }

  async function webhooks(): Promise<Webhook[]> {
    return (await admin.get('/api/v1/organization/integrations').expect(200)).body as Webhook[];
  }

  it('lets admins set, see masked, replace and remove webhooks; refuses URLs that are not the service’s', async () => {
    const bad = async (service: string, webhookUrl: unknown) => (await admin.put(`/api/v1/organization/integrations/${service}`).send({ webhookUrl }).expect(400)).body.message;
    expect(await bad('slack', 'not a url')).toEqual(['webhookUrl must be a URL such as https://hooks.slack.com/services/T000/B000/XXXX']);
    expect(await bad('slack', 'http://hooks.slack.com/services/T1/B1/x')).toEqual(['webhookUrl must start with https://']);
    expect(await bad('slack', 'https://hooks.example.com/services/T1/B1/x')).toEqual([
      'webhookUrl must be a Slack incoming webhook on hooks.slack.com, such as https://hooks.slack.com/services/T000/B000/XXXX; hooks.example.com is not',
    ]);
    expect(await bad('teams', 'https://hooks.slack.com/services/T1/B1/x')).toEqual([
      'webhookUrl must be a Teams workflow webhook (on logic.azure.com or powerplatform.com) or a webhook.office.com URL; hooks.slack.com is not',
    ]);
    expect(await bad('slack', 42)).toEqual(expect.arrayContaining(['webhookUrl must be a string']));
    expect((await admin.put('/api/v1/organization/integrations/slack').send({ webhookUrl: 'https://hooks.slack.com/services/T1/B1/x', teamId: 'nope' }).expect(400)).body.message).toEqual([
      'teamId must be the id of a team',
    ]);
    await admin.put('/api/v1/organization/integrations/discord').send({ webhookUrl: 'https://hooks.slack.com/services/T1/B1/x' }).expect(404);
    await ana.put('/api/v1/organization/integrations/slack').send({ webhookUrl: 'https://hooks.slack.com/services/T1/B1/x' }).expect(403);
    await ana.get('/api/v1/organization/integrations').expect(403);

    const secret = 'https://hooks.slack.com/services/T0001/B0001/SuperSecretToken42';
    const set = await admin.put('/api/v1/organization/integrations/slack').send({ webhookUrl: secret }).expect(200);
    expect(set.body).toMatchObject({ service: 'slack', teamId: null, status: 'active', maskedUrl: 'https://hooks.slack.com/…en42' });
    expect(JSON.stringify(set.body)).not.toContain('SuperSecret');
    expect(JSON.stringify(await webhooks())).not.toContain('SuperSecret');
    const row = await t.dataSource.getRepository(ChatWebhook).findOneByOrFail({ id: set.body.id });
    expect(JSON.stringify(row)).not.toContain('SuperSecret');

    const teamsUrl = 'https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=teamsSig99';
    await admin.put('/api/v1/organization/integrations/teams').send({ webhookUrl: teamsUrl, teamId: teams.Sales }).expect(200);
    const replaced = await admin.put('/api/v1/organization/integrations/slack').send({ webhookUrl: 'https://hooks.slack.com/services/T0001/B0001/Another0007' }).expect(200);
    expect(replaced.body.id).toBe(set.body.id);
    expect((await webhooks()).map((w) => [w.service, w.teamId, w.maskedUrl])).toEqual([
      ['slack', null, 'https://hooks.slack.com/…0007'],
      ['teams', teams.Sales, 'https://prod-12.westeurope.logic.azure.com/…ig99'],
    ]);

    // Another organisation sees none of them and cannot remove them.
    const other = await t.app.get(OrganizationsService).create({ name: 'Chat elsewhere', admin: { email: 'root@chat.test', name: 'Chat Root' } });
    await t.http.post('/api/v1/auth/accept-invite').send({ token: new URL(other.inviteUrl).searchParams.get('token'), password: 'chat-elsewhere-pw' }).expect(200);
    await t.tokenFor('root@chat.test', 'chat-elsewhere-pw');
    const outsider = await t.as('root@chat.test');
    expect((await outsider.get('/api/v1/organization/integrations').expect(200)).body).toEqual([]);
    await outsider.delete('/api/v1/organization/integrations/slack').expect(404);
    await outsider.put('/api/v1/organization/integrations/teams').send({ webhookUrl: teamsUrl, teamId: teams.Sales }).expect(400);

    await admin.delete(`/api/v1/organization/integrations/teams?teamId=${teams.Sales}`).expect(204);
    await admin.delete('/api/v1/organization/integrations/slack').expect(204);
    await admin.delete('/api/v1/organization/integrations/slack').expect(404);
    expect(await webhooks()).toEqual([]);
  });

  it('posts a featured post to Slack, retrying 429 (after Retry-After) and 503 until it gets through, and only to the channels it is for', async () => {
    const slack = await receiver({ status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' }, { status: 503 }, { status: 200 });
    const engineering = await receiver({ status: 200 });
    await admin.put('/api/v1/organization/integrations/slack').send({ webhookUrl: slack.url }).expect(200);
    await admin.put('/api/v1/organization/integrations/slack').send({ webhookUrl: engineering.url, teamId: teams.Engineering }).expect(200);

    const postId = await featuredPost('Sales kickoff recap', [teams.Sales]);
    await eventually(async () => slack.received.length, (n) => n >= 3, 15_000);
    await t.jobsIdle();
    expect(slack.received).toHaveLength(3);
    // Retry-After said one second; the queue's own backoff here is 20 ms.
    expect(slack.received[1].at - slack.received[0].at).toBeGreaterThanOrEqual(950);
    const link = `${t.config.appUrl}/feed/${postId}/share`;
    for (const message of slack.received) {
      expect(message.body).toEqual({
        text: `New featured post: Sales kickoff recap ${link}`,
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: '*New featured post: Sales kickoff recap*\nYour curators picked this one. Share it in your own words.' } },
          { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share it in Chorus' }, url: link }] },
        ],
      });
    }
    // The Engineering channel hears of posts for Engineering or everyone, not of Sales posts.
    expect(engineering.received).toHaveLength(0);
    await featuredPost('Everyone <3 the new office');
    await eventually(async () => engineering.received.length, (n) => n >= 1);
    await t.jobsIdle();
    expect(engineering.received).toHaveLength(1);
    expect((engineering.received[0].body.blocks as { text?: { text: string } }[])[0].text!.text).toBe('*New featured post: Everyone &lt;3 the new office*\nYour curators picked this one. Share it in your own words.');
    expect(slack.received).toHaveLength(4);
  });

  it('posts contest results to the organisation’s channel', async () => {
    const slack = await receiver({ status: 200 });
    await admin.put('/api/v1/organization/integrations/slack').send({ webhookUrl: slack.url }).expect(200);
    await admin.delete(`/api/v1/organization/integrations/slack?teamId=${teams.Engineering}`).expect(204);
    const today = DateTime.now().setZone('Asia/Jakarta');
    await admin
      .post('/api/v1/contests')
      .send({ name: 'Chat cup', startsOn: today.toISODate(), endsOn: today.toISODate(), prizes: [{ title: 'Trophy', points: 30 }] })
      .expect(201);
    const post = await pointsPost(t, 'Chat cup fodder', 25);
    await publishedShare(t, { email: 'ana@demo.chorus', postId: post.id });
    await awardPendingPoints(t);
    t.clock.advance(2 * 24 * 3600_000);
    try {
      await t.app.get(ContestsService).closeDue();
      await t.app.get(OutboxRelay).run();
      const [message] = (await eventually(async () => slack.received, (r) => r.length >= 1)).map((r) => r.body);
      expect(message.text).toBe(`Contest results: Chat cup ${t.config.appUrl}/points`);
      expect(JSON.stringify(message.blocks)).toContain('1. Ana Wijaya: Trophy (30 bonus points)');
    } finally {
      t.clock.reset();
    }
  });

  it('turns off a Teams webhook that answers 410 and tells the admins, once; it gets nothing more', async () => {
    const gone = await receiver({ status: 410, body: 'Gone' });
    const slack = await receiver({ status: 200 });
    await admin.put('/api/v1/organization/integrations/teams').send({ webhookUrl: gone.url }).expect(200);
    await admin.put('/api/v1/organization/integrations/slack').send({ webhookUrl: slack.url }).expect(200);

    const postId = await featuredPost('Quarterly town hall');
    const disabled = await eventually(webhooks, (list) => list.find((w) => w.service === 'teams')?.status === 'disabled', 15_000);
    expect(disabled.find((w) => w.service === 'teams')).toMatchObject({ status: 'disabled', disabledReason: '410 Gone' });
    expect(gone.received).toHaveLength(1);
    const card = gone.received[0].body as { type: string; attachments: { contentType: string; content: { type: string; body: { text: string }[]; actions: { type: string; url: string }[] } }[] };
    expect(card.type).toBe('message');
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0].content.type).toBe('AdaptiveCard');
    expect(card.attachments[0].content.body[0].text).toBe('New featured post: Quarterly town hall');
    expect(card.attachments[0].content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Share it in Chorus', url: `${t.config.appUrl}/feed/${postId}/share` }]);

    const told = async (http: Http) =>
      ((await http.get('/api/v1/me/notifications').expect(200)).body.items as { kind: string; params: Record<string, string>; link: string; title: string }[]).filter((n) => n.kind === 'integration.disabled');
    const notes = await eventually(() => told(admin), (n) => n.length > 0);
    expect(notes).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ service: 'Teams', reason: '410 Gone' }), title: 'The Teams integration was turned off', link: '/admin/organization' }),
    ]);
    expect(await told(ana)).toEqual([]);
    expect(await told(curator)).toEqual([]);

    // Later announcements skip it; Slack still gets them.
    await featuredPost('After the town hall');
    await eventually(async () => slack.received.length, (n) => n >= 2);
    await t.jobsIdle();
    expect(gone.received).toHaveLength(1);
    expect(await told(admin)).toHaveLength(1);

    // Setting a new URL turns it on again.
    const again = await admin.put('/api/v1/organization/integrations/teams').send({ webhookUrl: slack.url }).expect(200);
    expect(again.body).toMatchObject({ status: 'active', disabledReason: null });
  });

  it('turns off a Slack webhook whose token was revoked (403 invalid_token)', async () => {
    const revoked = await receiver({ status: 403, body: 'invalid_token' });
    await admin.put('/api/v1/organization/integrations/slack').send({ webhookUrl: revoked.url }).expect(200);
    await featuredPost('Revoked channel test');
    const list = await eventually(webhooks, (l) => l.find((w) => w.service === 'slack')?.status === 'disabled', 15_000);
    expect(list.find((w) => w.service === 'slack')!.disabledReason).toBe('403 invalid_token');
    expect(revoked.received).toHaveLength(1);
  });

  it('never logs a webhook URL: failures name the webhook by id', async () => {
    expect(t.logs.text).toContain('was refused (403 invalid_token); it is disabled.');
    const messages = t.logs.entries().map((entry) => String(entry.msg));
    expect(messages).toContainEqual(expect.stringMatching(/^Job "chat\.deliver" attempt 1 failed: Slack webhook [0-9a-f-]{36} answered 429; trying again later\.$/));
    expect(t.logs.text).not.toContain('receiver-secret');
    expect(t.logs.text).not.toContain('SuperSecretToken42');
  });
});
