import { ContentModule } from '@chorus/content';
import { IdentityModule } from '@chorus/identity';
import { Module } from '@nestjs/common';
import { ANALYTICS_EXPORT_PAGE_SIZE, AnalyticsExportService, DEFAULT_EXPORT_PAGE_SIZE } from './analytics-export.service';
import { AnalyticsExportRepository } from './analytics-export.repository';
import { AnalyticsRepository } from './analytics.repository';
import { AnalyticsService } from './analytics.service';
import { ConversionsService } from './conversions.service';

/** Results: measures over shares, clicks, engagement and conversions; API keys for conversion reports. */
@Module({
  imports: [IdentityModule, ContentModule],
  providers: [AnalyticsRepository, AnalyticsService, ConversionsService, AnalyticsExportRepository, AnalyticsExportService, { provide: ANALYTICS_EXPORT_PAGE_SIZE, useValue: DEFAULT_EXPORT_PAGE_SIZE }],
  exports: [AnalyticsService, ConversionsService, AnalyticsExportService],
})
export class AnalyticsModule {}
