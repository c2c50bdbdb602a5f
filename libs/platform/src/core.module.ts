import { AppConfig, ConfigModule } from '@chorus/config';
import { DbModule } from '@chorus/db';
import { CHORUS_SCHEMA } from './schema';
import { JobsModule } from '@chorus/jobs';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggingModule } from './logging/logging.module';

export interface CoreOptions {
  runMigrations: boolean;
}

/** What every Chorus process needs: configuration, clock, logs, database and the job queue. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(config), DbModule.forRoot({ schema: CHORUS_SCHEMA, runMigrations: options.runMigrations }), JobsModule.forRoot(config)],
    };
  }
}
