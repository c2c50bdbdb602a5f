import { User } from '@chorus/identity';
import { SocialConnection, TokenCipher, TokenRevocation } from '@chorus/publishing';
import { Share } from '@chorus/shares';
import { connectThroughSandbox, setupPublishingApp } from '../support/sandbox';
import { eventually, Http } from '../support/test-app';

interface SandboxPost {
  id: string;
  author: string;
  authorEmail: string;
  commentary: string;
  rawCommentary: string;
}

describe('connecting LinkedIn and publishing through the sandbox', () => {
  const { sandbox, t } = setupPublishingApp();
  let ana: Http;
  let curator: Http;
  let postId: string;

  beforeAll(async () => {
    [ana, curator] = await Promise.all([t.as('ana@demo.chorus'), t.as('curator@demo.chorus')]);
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
    const post = await curator
      .post('/api/v1/posts')
      .send({ title: 'Q3 results (audited)', url: 'https://example.com/q3', description: 'Numbers & more', suggestedCommentary: 'Our Q3 results are out.' })
      .expect(201);
    await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
    postId = post.body.id;
  });

  async function sandboxPosts(): Promise<SandboxPost[]> {
    return (await (await fetch(`${sandbox.url}/__sandbox/posts`)).json()) as SandboxPost[];
  }

  async function shareOf(id: string) {
    return (await ana.get(`/api/v1/shares/${id}`).expect(200)).body as { status: string; externalId: string | null; postUrl: string | null; lastError: string | null; preview: { text: string } };
  }

  it('connects through the consent page; the token is encrypted and never shown', async () => {
    const callback = await connectThroughSandbox(t, sandbox, 'ana@demo.chorus');
    expect(callback.status).toBe(302);
    expect(callback.headers.location).toBe('http://localhost:3999/connections?connected=linkedin');
    const list = (await ana.get('/api/v1/connections').expect(200)).body as Record<string, unknown>[];
    expect(list).toEqual([expect.objectContaining({ network: 'linkedin', displayName: 'Ana Wijaya', status: 'active', expiresAt: expect.any(String) })]);
    expect(JSON.stringify(list)).not.toMatch(/token/i);
    const stored = await t.dataSource.getRepository(SocialConnection).findOneByOrFail({ id: list[0].id as string });
    const issued = [...sandbox.state['tokens'].keys()] as string[];
    expect(issued.some((token) => stored.accessTokenCiphertext!.includes(token))).toBe(false);
    expect(stored.keyId).toBe(t.config.tokenEncryptionKeys[0].id);
  });

  it('sends the browser back to Chorus saying why when consent is declined, or the state is wrong or reused', async () => {
    const declined = await connectThroughSandbox(t, sandbox, 'ana@demo.chorus', 'deny');
    expect(declined.status).toBe(302);
    expect(declined.headers.location).toBe('http://localhost:3999/connections?notConnected=linkedin.cancelled');
    const forged = await t.http.get('/api/v1/connections/linkedin/callback?code=abc&state=not-ours').expect(302);
    expect(forged.headers.location).toBe('http://localhost:3999/connections?notConnected=linkedin.stateExpired');
    const missing = await t.http.get('/api/v1/connections/linkedin/callback').expect(302);
    expect(missing.headers.location).toBe('http://localhost:3999/connections?notConnected=linkedin.noState');
  });

  it('publishes the approved text once, escaped for LinkedIn, and marks the share published', async () => {
    const [connection] = (await ana.get('/api/v1/connections').expect(200)).body as { id: string }[];
    const commentary = 'Great quarter (really!) for our team: 100% growth #proud @everyone [thanks] ~ *';
    const draft = await ana.post('/api/v1/shares').send({ postId, connectionId: connection.id, commentary }).expect(201);
    await ana.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
    await ana.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at: new Date(Date.now() + 2000).toISOString() }).expect(200);

    const share = await eventually(() => shareOf(draft.body.id), (s) => s.status === 'published', 15_000);
    expect(share.externalId).toMatch(/^urn:li:share:\d+$/);
    // The share links to the post where people see it, as the notification does.
    expect(share.postUrl).toBe(`https://www.linkedin.com/feed/update/${share.externalId}`);
    const posts = (await sandboxPosts()).filter((p) => p.id === share.externalId);
    expect(posts).toHaveLength(1);
    expect(posts[0].commentary).toBe(share.preview.text);
    expect(posts[0].commentary).toBe(`${commentary}\n\n#employee`);
    expect(posts[0].authorEmail).toBe('ana@demo.chorus');

    const log = (await (await t.as('admin@demo.chorus')).get(`/api/v1/audit-log?shareId=${draft.body.id}`).expect(200)).body as { action: string }[];
    expect(log.map((e) => e.action).reverse()).toEqual(['create', 'approve', 'schedule', 'claim', 'publish_succeeded']);
    const notes = ((await ana.get('/api/v1/me/notifications').expect(200)).body.items as { kind: string; params: Record<string, string>; link: string; title: string }[]).filter(
      (n) => n.kind === 'share.published',
    );
    expect(notes).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ shareId: draft.body.id, network: 'LinkedIn' }), title: 'Your share is live on LinkedIn', link: `https://www.linkedin.com/feed/update/${share.externalId}` }),
    ]);
  });

  it('refuses a share whose text was changed after approval, and posts nothing', async () => {
    const [connection] = (await ana.get('/api/v1/connections').expect(200)).body as { id: string }[];
    const draft = await ana.post('/api/v1/shares').send({ postId, connectionId: connection.id, commentary: 'What I really approved.' }).expect(201);
    await ana.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
    await ana.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at: new Date(Date.now() + 1500).toISOString() }).expect(200);
    // Someone with database access rewrites the text behind the owner's back.
    await t.dataSource.getRepository(Share).update({ id: draft.body.id }, { finalText: 'Something the owner never approved. #employee' });

    const before = (await sandboxPosts()).length;
    const share = await eventually(() => shareOf(draft.body.id), (s) => s.status === 'failed', 15_000);
    expect(share.lastError).toBe('The text differs from what its owner approved, so nothing was posted. Edit the share and approve it again.');
    const failed = ((await ana.get('/api/v1/me/notifications').expect(200)).body.items as { kind: string; params: Record<string, string>; link: string }[]).filter(
      (n) => n.kind === 'share.failed' && n.params.shareId === draft.body.id,
    );
    expect(failed).toEqual([expect.objectContaining({ params: expect.objectContaining({ reason: share.lastError }), link: `/shares/${draft.body.id}` })]);
    expect((await sandboxPosts()).length).toBe(before);
  });

  it('turns a 401 from LinkedIn into needs_reconnect and tells the owner', async () => {
    const [connection] = (await ana.get('/api/v1/connections').expect(200)).body as { id: string }[];
    const draft = await ana.post('/api/v1/shares').send({ postId, connectionId: connection.id, commentary: 'Posting with a token LinkedIn expired.' }).expect(201);
    await ana.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
    await fetch(`${sandbox.url}/__sandbox/tokens/expire`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ member: 'ana@demo.chorus' }) });
    await ana.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at: new Date(Date.now() + 1500).toISOString() }).expect(200);

    const share = await eventually(() => shareOf(draft.body.id), (s) => s.status === 'needs_reconnect', 15_000);
    expect(share.lastError).toMatch(/Reconnect LinkedIn/);
    const connections = (await ana.get('/api/v1/connections').expect(200)).body as { status: string }[];
    expect(connections[0].status).toBe('needs_reconnect');
    const notes = (await ana.get('/api/v1/me/notifications').expect(200)).body.items as { kind: string; link: string }[];
    expect(notes).toContainEqual(expect.objectContaining({ kind: 'share.needsReconnect', link: `/shares/${draft.body.id}` }));

    // Reconnecting revives the same connection, and the approved share resumes by itself.
    await connectThroughSandbox(t, sandbox, 'ana@demo.chorus').then((r) => expect(r.status).toBe(302));
    expect(((await ana.get('/api/v1/connections').expect(200)).body as { id: string; status: string }[])[0]).toMatchObject({ id: connection.id, status: 'active' });
    await eventually(() => shareOf(draft.body.id), (s) => s.status === 'published', 15_000);
  });

  /** What LinkedIn says about a token (the sandbox's introspection, as Chorus's client). */
  async function introspect(token: string): Promise<{ active: boolean; status?: string }> {
    const answer = await fetch(`${sandbox.url}/oauth/v2/introspectToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: t.config.linkedin.clientId, client_secret: t.config.linkedin.clientSecret, token }).toString(),
    });
    return (await answer.json()) as { active: boolean; status?: string };
  }

  async function accessTokenOf(connectionId: string): Promise<string> {
    const stored = await t.dataSource.getRepository(SocialConnection).findOneByOrFail({ id: connectionId });
    return t.app.get(TokenCipher).open({ keyId: stored.keyId!, ciphertext: stored.accessTokenCiphertext! }, stored.id);
  }

  it('disconnecting destroys the stored tokens and revokes the token at LinkedIn', async () => {
    const [connection] = (await ana.get('/api/v1/connections').expect(200)).body as { id: string }[];
    const token = await accessTokenOf(connection.id);
    expect(await introspect(token)).toMatchObject({ active: true, status: 'active' });

    await ana.delete(`/api/v1/connections/${connection.id}`).expect(204);
    expect((await ana.get('/api/v1/connections').expect(200)).body).toEqual([]);
    const stored = await t.dataSource.getRepository(SocialConnection).findOneByOrFail({ id: connection.id });
    expect(stored).toMatchObject({ status: 'revoked', accessTokenCiphertext: null, refreshTokenCiphertext: null });
    await ana.delete(`/api/v1/connections/${connection.id}`).expect(404);

    expect(await eventually(() => introspect(token), (i) => !i.active)).toMatchObject({ active: false, status: 'revoked' });
    // Nothing of the token is left in Chorus once LinkedIn has it revoked.
    expect(await eventually(() => t.dataSource.getRepository(TokenRevocation).count(), (n) => n === 0)).toBe(0);
  });

  it('deactivating a user revokes their tokens at LinkedIn', async () => {
    expect((await connectThroughSandbox(t, sandbox, 'budi@demo.chorus')).status).toBe(302);
    const budi = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'budi@demo.chorus' });
    const connection = await t.dataSource.getRepository(SocialConnection).findOneByOrFail({ userId: budi.id, status: 'active' });
    const token = await accessTokenOf(connection.id);
    expect(await introspect(token)).toMatchObject({ active: true });

    await (await t.as('admin@demo.chorus')).post(`/api/v1/users/${budi.id}/deactivate`).expect(200);
    expect(await t.dataSource.getRepository(SocialConnection).findOneByOrFail({ id: connection.id })).toMatchObject({ status: 'revoked', accessTokenCiphertext: null });
    expect(await eventually(() => introspect(token), (i) => !i.active)).toMatchObject({ active: false, status: 'revoked' });
  });
});
