import { AppConfig, Clock, Env } from '@chorus/config';
import { OrganizationsService, User } from '@chorus/identity';
import { InProcessJobQueue, QueueName } from '@chorus/jobs';
import { LOG_DESTINATION } from '@chorus/platform';
import { getQueueToken } from '@nestjs/bullmq';
import { LoggerService } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { ApiAppModule } from '../../apps/api/src/app.module';
import { EmbeddedAppModule } from '../../apps/embedded/src/embedded.module';
import { configureHttpApp } from '../../apps/api/src/bootstrap';
import { MemoryLogSink } from './log-sink';
import { TestClock } from './test-clock';
import { createTestEnvironment, TestEnvironment } from './test-env';

export const DEMO_PASSWORD = 'chorus-demo';

/** Requests as one signed-in user (see `TestApp.as`). */
export type Http = Awaited<ReturnType<TestApp['as']>>;

/** The real application (api and worker in one process), on a fresh database. */
export class TestApp {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly app: NestExpressApplication,
    readonly environment: TestEnvironment,
    readonly clock: TestClock,
    /** What the application logged (JSON lines at the test's LOG_LEVEL, `error` unless set). */
    readonly logs: MemoryLogSink,
    private readonly ownsEnvironment: boolean,
  ) {}

  /**
   * Boots the same module, global providers and HTTP setup as production, with a movable clock.
   * `listen` serves it on a real port (browser tests), which APP_URL should then name.
   * `environment` starts another replica on an existing app's database and Redis prefix
   * (then `env` is ignored, and the first app's close cleans up).
   * `values` replace providers with values (e.g. a smaller page size, so a few rows make pages).
   */
  static async start(
    env: Env = {},
    options: {
      role?: 'all' | 'api';
      listen?: { port: number; host?: string };
      environment?: TestEnvironment;
      bootLogger?: LoggerService;
      values?: { provide: string | symbol; useValue: unknown }[];
    } = {},
  ): Promise<TestApp> {
    const environment = options.environment ?? (await createTestEnvironment(env));
    const clock = new TestClock();
    const logs = new MemoryLogSink();
    const builder = Test.createTestingModule({ imports: [options.role === 'api' ? ApiAppModule.forRoot(environment.config) : EmbeddedAppModule.forRoot(environment.config)] })
      .overrideProvider(Clock)
      .useValue(clock)
      .overrideProvider(LOG_DESTINATION)
      .useValue(logs);
    for (const { provide, useValue } of options.values ?? []) builder.overrideProvider(provide).useValue(useValue);
    // What Chorus logs while its modules are built, before the structured logger takes over.
    if (options.bootLogger) builder.setLogger(options.bootLogger);
    const moduleRef = await builder.compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
    configureHttpApp(app, environment.config);
    if (options.listen) await app.listen(options.listen.port, options.listen.host ?? '127.0.0.1');
    else await app.init();
    return new TestApp(app, environment, clock, logs, !options.environment);
  }

  get config(): AppConfig {
    return this.environment.config;
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  /** An access token for a user, signing in once per test file. */
  async tokenFor(email: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = this.tokens.get(email);
    if (cached) return cached;
    const response = await this.http.post('/api/v1/auth/login').send({ email, password }).expect(200);
    const token = response.body.accessToken as string;
    this.tokens.set(email, token);
    return token;
  }

  async as(email: string) {
    const token = await this.tokenFor(email);
    const server = this.app.getHttpServer();
    const bearer = (test: request.Test) => test.set('Authorization', `Bearer ${token}`);
    return {
      get: (url: string) => bearer(request(server).get(url)),
      post: (url: string) => bearer(request(server).post(url)),
      patch: (url: string) => bearer(request(server).patch(url)),
      put: (url: string) => bearer(request(server).put(url)),
      delete: (url: string) => bearer(request(server).delete(url)),
    };
  }

  /** Requests as each of these demo users (`ana` for ana@demo.chorus), in the same order. */
  asDemo(...names: string[]): Promise<Http[]> {
    return Promise.all(names.map((name) => this.as(`${name}@demo.chorus`)));
  }

  /** Every user's id by the name before the @ of their email (`ana`, `admin` …). */
  async userIds(): Promise<Record<string, string>> {
    const users = await this.dataSource.getRepository(User).find();
    return Object.fromEntries(users.map((user) => [user.email.split('@')[0], user.id]));
  }

  /** Another organisation, whose admin has set a password and is signed in: to show tenants apart. */
  async otherOrganization(name: string, admin: { email: string; name: string; password: string }): Promise<{ admin: Http; adminId: string }> {
    const created = await this.app.get(OrganizationsService).create({ name, admin: { email: admin.email, name: admin.name } });
    const token = new URL(created.inviteUrl).searchParams.get('token')!;
    await this.http.post('/api/v1/auth/accept-invite').send({ token, password: admin.password }).expect(200);
    await this.tokenFor(admin.email, admin.password);
    return { admin: await this.as(admin.email), adminId: created.admin.id };
  }

  /** Waits until every in-process job has run (no-op with BullMQ; poll instead). */
  async jobsIdle(): Promise<void> {
    if (this.config.redis) return;
    await this.app.get(InProcessJobQueue, { strict: false }).whenIdle();
  }

  /**
   * Waits until no queue holds a waiting, running or delayed job: in-process, or BullMQ on
   * Redis (where `jobsIdle` does not wait). Gives up quietly after `timeoutMs`.
   */
  async queuesIdle(timeoutMs = 15_000): Promise<void> {
    if (!this.config.redis) return this.jobsIdle();
    const queues = Object.values(QueueName).map((name) => this.app.get<Queue>(getQueueToken(name), { strict: false }));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const counts = await Promise.all(queues.map((queue) => queue.getJobCounts('waiting', 'active', 'prioritized', 'delayed')));
      if (counts.every((count) => Object.values(count).every((n) => n === 0))) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.app.close();
    if (this.ownsEnvironment) await this.environment.dispose();
  }
}

/**
 * Something a test file or describe block needs running: started before its tests, stopped
 * after them. The value returned stands for the started one, so tests and later hooks use it
 * as they would that.
 */
export function startedForTests<T extends object>(start: () => Promise<T>, stop: (started: T) => Promise<void>): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    if (started) await stop(started);
  });
  return new Proxy({} as T, {
    get(_target, key) {
      if (!started) throw new Error('It starts in beforeAll: use it in tests and hooks, not while they are declared.');
      const value: unknown = Reflect.get(started, key, started);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

/** The app of a test file or describe block (see startedForTests). */
export function setupTestApp(env: Env = {}): TestApp {
  return startedForTests(
    () => TestApp.start(env),
    (t) => t.close(),
  );
}

/** Each team's id by its name, as an admin (or anyone who may list teams) sees them. */
export async function teamIds(http: Http): Promise<Record<string, string>> {
  const teams = (await http.get('/api/v1/teams').expect(200)).body as { id: string; name: string }[];
  return Object.fromEntries(teams.map((team) => [team.name, team.id]));
}

/**
 * Waits for a count to reach `target` for as long as it keeps growing: fails only when it has
 * not moved for `stallMs`, so a loaded machine makes the test slower, never wrong.
 */
export async function whileProgressing(count: () => Promise<number>, target: number, stallMs = 30_000): Promise<number> {
  let last = await count();
  let movedAt = Date.now();
  while (last < target && Date.now() - movedAt < stallMs) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await count();
    if (now !== last) (last = now), (movedAt = Date.now());
  }
  return last;
}

export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  do {
    last = await probe();
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  } while (Date.now() < deadline);
  return last;
}
