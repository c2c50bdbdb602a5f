import { AppConfig } from '@chorus/config';
import { CoreModule } from '@chorus/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { apiImports } from '../../api/src/app.module';
import { WorkerModule } from '../../worker/src/worker.module';

/**
 * Embedded mode's one process: the api and the worker side by side, over one database and the
 * in-process job queue. This app is the composition root that may know both; the api and the
 * worker never import each other (docs/architecture.md, "Layers").
 */
@Module({})
export class EmbeddedAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: EmbeddedAppModule, imports: [CoreModule.forRoot(config, { runMigrations: true }), ...apiImports(config), WorkerModule.forRoot(config)] };
  }
}
