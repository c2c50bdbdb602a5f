import { OrganizationsService } from '@chorus/identity';
import { JobContext, JobQueue, QUEUE_SETTINGS, QueueName } from '@chorus/jobs';
import { NotificationsService, WelcomeNotificationHandler } from '@chorus/notifications';
import { Injectable } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { EmbeddedAppModule } from '../../apps/embedded/src/embedded.module';
import { eventually } from '../support/test-app';
import { createTestEnvironment, TestEnvironment } from '../support/test-env';

/** The real welcome handler, made to fail its first `failures` attempts. */
@Injectable()
class FlakyWelcomeHandler extends WelcomeNotificationHandler {
  static failures = 0;
  static attempts: JobContext[] = [];

  override async handle(payload: { organizationId: string; userId: string }, context: JobContext): Promise<void> {
    FlakyWelcomeHandler.attempts.push(context);
    if (FlakyWelcomeHandler.attempts.length <= FlakyWelcomeHandler.failures) throw new Error('mail relay is down');
    await super.handle(payload);
  }
}

describe('the job queue (in-process without REDIS_URL, BullMQ with it)', () => {
  let environment: TestEnvironment;
  let moduleRef: TestingModule;

  beforeAll(async () => {
    environment = await createTestEnvironment({ SEED_DEMO: 'false' });
    moduleRef = await Test.createTestingModule({ imports: [EmbeddedAppModule.forRoot(environment.config)] })
      .overrideProvider(WelcomeNotificationHandler)
      .useClass(FlakyWelcomeHandler)
      .setLogger({ log() {}, warn() {}, error() {}, debug() {}, verbose() {}, fatal() {} } as never)
      .compile();
    await moduleRef.init();
  });

  afterAll(async () => {
    await moduleRef.close();
    await environment.dispose();
  });

  beforeEach(() => {
    FlakyWelcomeHandler.attempts = [];
  });

  async function newUser(name: string) {
    const { admin } = await moduleRef.get(OrganizationsService).create({ name, admin: { email: `${name.toLowerCase()}@jobs.test`, name } });
    return admin;
  }

  async function notificationsOf(user: { organizationId: string; id: string }) {
    return (await moduleRef.get(NotificationsService).list(user.organizationId, user.id)).items;
  }

  it(`runs the welcome job (${process.env.CHORUS_TEST_REDIS_URL ? 'BullMQ' : 'in-process'})`, async () => {
    FlakyWelcomeHandler.failures = 0;
    const user = await newUser('Alpha');
    const list = await eventually(() => notificationsOf(user), (l) => l.length === 1);
    expect(list).toEqual([expect.objectContaining({ kind: 'welcome', title: 'Welcome to Chorus' })]);
    expect(FlakyWelcomeHandler.attempts.map((a) => a.attempt)).toEqual([1]);
  });

  it('retries a failing job with backoff until it succeeds, and writes the notification once', async () => {
    FlakyWelcomeHandler.failures = 2;
    const user = await newUser('Bravo');
    const list = await eventually(() => notificationsOf(user), (l) => l.length > 0);
    expect(list).toHaveLength(1);
    expect(FlakyWelcomeHandler.attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(new Set(FlakyWelcomeHandler.attempts.map((a) => a.jobId)).size).toBe(1);
  });

  it('gives up after the queue\'s attempts', async () => {
    FlakyWelcomeHandler.failures = 1000;
    await newUser('Charlie');
    const attempts = QUEUE_SETTINGS[QueueName.Notifications].attempts;
    await eventually(async () => FlakyWelcomeHandler.attempts.length, (n) => n >= attempts);
    await new Promise((r) => setTimeout(r, 500));
    expect(FlakyWelcomeHandler.attempts).toHaveLength(attempts);
  });

  it('drops a job whose payload is invalid without retrying it', async () => {
    FlakyWelcomeHandler.failures = 0;
    await moduleRef.get(JobQueue).add('notifications.welcome', { organizationId: 'nope', userId: 'nope' });
    await new Promise((r) => setTimeout(r, 300));
    expect(FlakyWelcomeHandler.attempts).toHaveLength(0);
  });

  it('drops a second job with the same id', async () => {
    FlakyWelcomeHandler.failures = 0;
    const user = await newUser('Delta');
    await eventually(() => notificationsOf(user), (l) => l.length === 1);
    FlakyWelcomeHandler.attempts = [];
    const queue = moduleRef.get(JobQueue);
    const payload = { organizationId: user.organizationId, userId: user.id };
    await queue.add('notifications.welcome', payload, { jobId: 'same-id', delayMs: 100 });
    await queue.add('notifications.welcome', payload, { jobId: 'same-id', delayMs: 100 });
    await eventually(async () => FlakyWelcomeHandler.attempts.length, (n) => n >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(FlakyWelcomeHandler.attempts).toHaveLength(1);
  });
});
