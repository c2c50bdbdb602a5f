import { AppConfig } from '@chorus/config';
import { createDataSource } from '@chorus/db';
import { CHORUS_SCHEMA } from '@chorus/platform';

export async function runMigrations(config: AppConfig): Promise<void> {
  const dataSource = createDataSource(config.database, CHORUS_SCHEMA);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length === 0 ? 'The database is up to date.' : `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}
