import { APP_CONFIG, AppConfig } from '@chorus/config';
import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource, SchemaDefinition } from './data-source';
import { OutboxModule } from './outbox.module';
import { QueryLogger } from './query-logger';
import { Transactions } from './transactions';

export interface DbModuleOptions {
  schema: SchemaDefinition;
  /** Apply pending migrations while booting (the api and embedded mode do; tests too). */
  runMigrations: boolean;
}

@Global()
@Module({})
export class DbModule implements OnApplicationShutdown {
  private static readonly logger = new Logger('Database');

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(options: DbModuleOptions): DynamicModule {
    return {
      module: DbModule,
      imports: [OutboxModule],
      providers: [
        {
          provide: DataSource,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            const dataSource = createDataSource(config.database, options.schema, config.statementCountsFile);
            await dataSource.initialize();
            if (options.runMigrations) {
              const applied = await dataSource.runMigrations({ transaction: 'each' });
              if (applied.length > 0) DbModule.logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
            }
            return dataSource;
          },
        },
        Transactions,
      ],
      exports: [DataSource, Transactions, OutboxModule],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.dataSource.logger instanceof QueryLogger) this.dataSource.logger.flush();
  }
}
