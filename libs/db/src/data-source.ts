import { AppConfig } from '@chorus/config';
import { DataSource, DataSourceOptions, MixedList } from 'typeorm';
import { applyColumnDialect } from './columns';
import { QueryLogger } from './query-logger';
import { prepareSqliteFiles } from './sqlite-files';

export interface SchemaDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

/** Builds (but does not open) the data source for the configured database; `statementCountsFile`: see QueryLogger. */
export function createDataSource(database: AppConfig['database'], schema: SchemaDefinition, statementCountsFile: string | null = null): DataSource {
  applyColumnDialect(database.type);
  const common = {
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logger: new QueryLogger(statementCountsFile),
    maxQueryExecutionTime: 1000,
  };
  let options: DataSourceOptions;
  if (database.type === 'sqlite') {
    prepareSqliteFiles(database.path);
    options = {
      ...common,
      type: 'better-sqlite3',
      database: database.path,
      enableWAL: true,
      // Wait for another process's write (e.g. `npm run migrate` beside a running server).
      timeout: 10_000,
      migrationsTransactionMode: 'each',
    };
  } else {
    options = {
      ...common,
      type: 'postgres',
      url: database.url,
      // A connection that cannot be made in 5 s fails (503) instead of holding a request; TCP keepalive finds dead ones.
      extra: { max: 20, connectionTimeoutMillis: 5000, keepAlive: true },
      migrationsTransactionMode: 'each',
    };
  }
  return new DataSource(options);
}
