import { AppConfig } from '@chorus/config';
import { ComplianceModule } from '@chorus/compliance';
import { IdentityModule } from '@chorus/identity';
import { CoreModule } from '@chorus/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { WorkerModule } from '../../worker/src/worker.module';
import { ApiModule } from './api.module';
import { DemoSeedService } from './demo/demo-seed.service';

/** Which parts run in this process: both (embedded mode, `npm start`), or one of them. */
export type ProcessRole = 'all' | 'api' | 'worker';

@Module({})
export class DemoModule {}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, role: ProcessRole): DynamicModule {
    const imports: DynamicModule['imports'] = [CoreModule.forRoot(config, { runMigrations: role !== 'worker' })];
    if (role !== 'worker') imports.push(ApiModule);
    if (role !== 'api') imports.push(WorkerModule.forRoot(config));
    if (role !== 'worker' && config.seedDemo) imports.push({ module: DemoModule, imports: [IdentityModule, ComplianceModule], providers: [DemoSeedService] });
    return { module: AppModule, imports };
  }
}
