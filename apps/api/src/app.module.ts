import { AnalyticsModule } from '@chorus/analytics';
import { AppConfig } from '@chorus/config';
import { ComplianceModule } from '@chorus/compliance';
import { ContentModule } from '@chorus/content';
import { GamificationModule } from '@chorus/gamification';
import { IdentityModule } from '@chorus/identity';
import { PublishingModule } from '@chorus/publishing';
import { SharesModule } from '@chorus/shares';
import { CoreModule } from '@chorus/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ApiModule } from './api.module';
import { DemoHistoryService } from './demo/demo-history.service';
import { DemoSeedService } from './demo/demo-seed.service';

@Module({})
export class DemoModule {}

/**
 * What an api process runs besides the core: the HTTP API and, when asked for, the demo
 * organisation. Embedded mode composes this with the worker (apps/embedded); the api alone
 * never loads worker or sandbox code (docs/architecture.md, "Processes and modes").
 */
export function apiImports(config: AppConfig): NonNullable<DynamicModule['imports']> {
  const imports: NonNullable<DynamicModule['imports']> = [ApiModule];
  if (config.seedDemo) {
    imports.push({
      module: DemoModule,
      imports: [IdentityModule, ComplianceModule, ContentModule, GamificationModule, SharesModule, PublishingModule, AnalyticsModule],
      providers: [DemoSeedService, DemoHistoryService],
    });
  }
  return imports;
}

/** Distributed mode's api process: core (running migrations) and the HTTP API. */
@Module({})
export class ApiAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ApiAppModule, imports: [CoreModule.forRoot(config, { runMigrations: true }), ...apiImports(config)] };
  }
}
