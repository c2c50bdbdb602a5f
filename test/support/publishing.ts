import { connectThroughSandbox, RunningLinkedinSandbox } from './sandbox';
import { eventually, Http, TestApp } from './test-app';

/**
 * The steps most publishing tests start from, through the real HTTP routes and the LinkedIn
 * sandbox's consent flow: a curator publishes a post, an employee acknowledges the policy and
 * connects LinkedIn, and a share goes the whole way to `published`.
 */

/** A curator's post, published so employees see it in their feed. Returns its id. */
export async function publishPost(curator: Http, fields: Record<string, unknown>): Promise<string> {
  const post = await curator.post('/api/v1/posts').send({ suggestedCommentary: 'Have a look.', ...fields }).expect(201);
  await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
  return post.body.id as string;
}

/** The employee acknowledges the current policy and connects LinkedIn through the sandbox. Returns the connection's id. */
export async function connectEmployee(t: TestApp, sandbox: RunningLinkedinSandbox, http: Http, email: string): Promise<string> {
  await http.post('/api/v1/policies/current/acknowledge').expect(200);
  const consent = await connectThroughSandbox(t, sandbox, email);
  if (consent.status !== 302) throw new Error(`connecting ${email} answered ${consent.status}`);
  return ((await http.get('/api/v1/connections').expect(200)).body as { id: string }[])[0].id;
}

/** Drafts, approves and schedules a share a moment ahead, then waits until the publisher has posted it. Returns the share as `GET /shares/:id` answers. */
export async function publishShare<Share extends { id: string; status: string }>(http: Http, draft: { postId: string; connectionId: string; commentary: string }): Promise<Share> {
  const created = (await http.post('/api/v1/shares').send(draft).expect(201)).body as Share;
  await http.post(`/api/v1/shares/${created.id}/approve`).expect(200);
  await http.post(`/api/v1/shares/${created.id}/schedule`).send({ at: new Date(Date.now() + 1200).toISOString() }).expect(200);
  const share = await eventually(async () => (await http.get(`/api/v1/shares/${created.id}`).expect(200)).body as Share, (answer) => answer.status === 'published', 15_000);
  if (share.status !== 'published') throw new Error(`share ${share.id} is ${share.status}, not published, after 15 s`);
  return share;
}
