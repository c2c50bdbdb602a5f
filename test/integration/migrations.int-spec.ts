import { createDataSource } from '@chorus/db';
import { CHORUS_SCHEMA } from '@chorus/platform';
import { MIGRATIONS } from '@chorus/migrations';
import { DataSource } from 'typeorm';
import { createTestEnvironment, TestEnvironment } from '../support/test-env';

describe(`migrations (${process.env.CHORUS_TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let environment: TestEnvironment;
  let dataSource: DataSource;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    dataSource = createDataSource(environment.config.database, CHORUS_SCHEMA);
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await environment.dispose();
  });

  it('apply on an empty database and leave nothing for the entities to change', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.length).toBe(MIGRATIONS.length);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert completely and apply again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = (await dataSource.query(
      dataSource.options.type === 'postgres'
        ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`
        : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')`,
    )) as { name: string }[];
    expect(tables).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
