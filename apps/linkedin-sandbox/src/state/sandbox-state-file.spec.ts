import { AxiosError } from 'axios';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { sandboxMemberSub } from '../sandbox-options';
import { startLinkedinSandbox } from '../start-sandbox';
import { connectMember, postBody, startTestSandbox, TEST_VERSION, TestSandbox } from '../testing/sandbox-test-kit';

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof AxiosError) return error.response?.status;
    throw error;
  }
}

describe('the sandbox state file', () => {
  let directory: string;
  let file: string;
  const running: TestSandbox[] = [];

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'chorus-sandbox-state-'));
    file = join(directory, 'data', 'linkedin-sandbox.json');
  });

  afterEach(async () => {
    for (const t of running.splice(0)) await t.close();
    rmSync(directory, { recursive: true, force: true });
  });

  async function start(options: { stateFile?: string } = {}): Promise<TestSandbox> {
    const t = await startTestSandbox(options);
    running.push(t);
    return t;
  }

  async function stop(t: TestSandbox): Promise<void> {
    running.splice(running.indexOf(t), 1);
    await t.close();
  }

  const userinfo = (t: TestSandbox, accessToken: string) => t.restli.get({ resourcePath: '/userinfo', accessToken });

  it('keeps issued tokens across a restart, in an owner-only file written without leftovers', async () => {
    const first = await start({ stateFile: file });
    const ana = await connectMember(first.sandbox, 'ana@demo.chorus');
    const budi = await connectMember(first.sandbox, 'budi@demo.chorus');
    await request(first.sandbox.url).post('/__sandbox/tokens/revoke').send({ member: 'budi@demo.chorus' }).expect(200);
    const headers = { Authorization: `Bearer ${ana.access_token}`, 'LinkedIn-Version': TEST_VERSION, 'X-Restli-Protocol-Version': '2.0.0' };
    const before = await request(first.sandbox.url).post('/rest/posts').set(headers).send(postBody(sandboxMemberSub('ana@demo.chorus'), 'Before the restart')).expect(201);
    await stop(first);

    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(directory, 'data'))).toEqual(['linkedin-sandbox.json']);

    const second = await start({ stateFile: file });
    const answer = await userinfo(second, ana.access_token);
    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({ sub: sandboxMemberSub('ana@demo.chorus'), email: 'ana@demo.chorus' });
    // A revocation made before the restart still holds after it.
    expect(await statusOf(userinfo(second, budi.access_token))).toBe(401);
    // Share ids keep counting: an id never names two posts.
    const after = await request(second.sandbox.url).post('/rest/posts').set(headers).send(postBody(sandboxMemberSub('ana@demo.chorus'), 'After the restart')).expect(201);
    const shareNumber = (answer: request.Response) => BigInt(String(answer.headers['x-restli-id']).replace('urn:li:share:', ''));
    expect(shareNumber(after)).toBeGreaterThan(shareNumber(before));
  });

  it('keeps nothing without a state file', async () => {
    const first = await start();
    const ana = await connectMember(first.sandbox, 'ana@demo.chorus');
    await stop(first);
    const second = await start();
    expect(await statusOf(userinfo(second, ana.access_token))).toBe(401);
  });

  it('refuses to start from a file it cannot read, naming it', async () => {
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, '{"version": 1, "tok');
    await expect(startLinkedinSandbox({ port: 0, stateFile: broken })).rejects.toThrow(
      `LinkedIn sandbox: cannot read its state file ${broken} (`,
    );
  });
});
