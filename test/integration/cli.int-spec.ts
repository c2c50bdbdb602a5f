import { ensureBundlesBuilt } from '../support/bundles';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDataSource } from '@chorus/db';
import { CHORUS_SCHEMA } from '@chorus/platform';
import { Organization, User } from '@chorus/identity';
import { ComplianceRuleEntity } from '@chorus/compliance';
import { createTestEnvironment, TestEnvironment } from '../support/test-env';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'api', 'main.js');

/** The operator's commands, run from the built bundle exactly as `npm run …` runs them. */
describe('operator commands', () => {
  let environment: TestEnvironment;

  beforeAll(async () => {
    await ensureBundlesBuilt();
    environment = await createTestEnvironment({ SEED_DEMO: 'false' });
  }, 240_000);
  afterAll(() => environment.dispose());

  function run(args: string[], env: Record<string, string | undefined> = environment.env) {
    return promisify(execFile)(process.execPath, [MAIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });
  }

  it('migrate applies the migrations, then finds nothing to do', async () => {
    const first = await run(['migrate']);
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\)/);
    const second = await run(['migrate']);
    expect(second.stdout.trim()).toBe('The database is up to date.');
  });

  it('create-org makes an organisation with its first admin, default rules and a one-time link', async () => {
    const { stdout } = await run(['cli', 'create-org', '--name', 'PT Maju Bersama', '--admin-email', 'Ops@Maju.test', '--admin-name', 'Ops Admin', '--timezone', 'Asia/Jakarta', '--locale', 'id']);
    expect(stdout).toContain('Created organisation "PT Maju Bersama" (pt-maju-bersama).');
    expect(stdout).toMatch(/http:\/\/localhost:3999\/invite\?token=[\w-]{20,}/);
    const dataSource = createDataSource(environment.config.database, CHORUS_SCHEMA);
    await dataSource.initialize();
    try {
      const organization = await dataSource.getRepository(Organization).findOneByOrFail({ slug: 'pt-maju-bersama' });
      expect(organization).toMatchObject({ timezone: 'Asia/Jakarta', defaultLocale: 'id' });
      const admin = await dataSource.getRepository(User).findOneByOrFail({ email: 'ops@maju.test' });
      expect(admin).toMatchObject({ organizationId: organization.id, status: 'invited', roles: ['admin', 'employee'], passwordHash: null });
      expect(await dataSource.getRepository(ComplianceRuleEntity).countBy({ organizationId: organization.id })).toBeGreaterThan(5);
    } finally {
      await dataSource.destroy();
    }
    await expect(run(['cli', 'create-org', '--name', 'PT Maju Bersama', '--admin-email', 'x@maju.test', '--admin-name', 'X'])).rejects.toMatchObject({
      stderr: expect.stringContaining('An organisation with slug "pt-maju-bersama" already exists.'),
    });
  });

  it('explains a wrong command line in a sentence, without a stack trace', async () => {
    const failure = (await run(['cli', 'create-org', '--name', 'Only a name']).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('create-org needs --admin-email, --admin-name.');
    expect(failure.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('refuses to boot with bad settings, naming each one', async () => {
    const failure = (await run(['migrate'], { ...environment.env, PORT: 'eighty', DATABASE_URL: 'mysql://root:hunter2@db/x' }).catch((e: unknown) => e)) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('Chorus cannot start because of its configuration:');
    expect(failure.stderr).toContain('PORT must be a whole number from 0 to 65535; got "eighty".');
    expect(failure.stderr).toContain('mysql://root:***@db/x');
    expect(failure.stderr).not.toContain('hunter2');
  });
});
