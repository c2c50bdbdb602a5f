import { ContentModule } from '@chorus/content';
import { IdentityModule } from '@chorus/identity';
import { Module } from '@nestjs/common';
import { AnalyticsRepository } from './analytics.repository';
import { AnalyticsService } from './analytics.service';
import { ConversionsService } from './conversions.service';

/** Results: measures over shares, clicks, engagement and conversions; API keys for conversion reports. */
@Module({
  imports: [IdentityModule, ContentModule],
  providers: [AnalyticsRepository, AnalyticsService, ConversionsService],
  exports: [AnalyticsService, ConversionsService],
})
export class AnalyticsModule {}
