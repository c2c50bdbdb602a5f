import { ComplianceModule } from '@chorus/compliance';
import { ContentModule } from '@chorus/content';
import { IdentityModule, IdentityLifecycle } from '@chorus/identity';
import { NotificationsModule } from '@chorus/notifications';
import { Module, OnModuleInit } from '@nestjs/common';
import { FeedService } from './feed.service';
import { ReviewsService } from './reviews.service';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';
import { ShareReconnectService } from './share-reconnect.service';
import { SharesRepository } from './shares.repository';
import { SharesService } from './shares.service';
import { ClickRecorder } from './tracked-links/click-recorder';
import { LinkClicksRepository } from './tracked-links/link-clicks.repository';

@Module({
  imports: [IdentityModule, ContentModule, ComplianceModule, NotificationsModule],
  providers: [AuditLogRepository, LinkClicksRepository, ClickRecorder, SharesRepository, SharesService, ShareReconnectService, ReviewsService, FeedService, AuditLogService],
  exports: [LinkClicksRepository, ClickRecorder, SharesRepository, SharesService, ShareReconnectService, ReviewsService, FeedService, AuditLogService],
})
export class SharesModule implements OnModuleInit {
  constructor(
    private readonly lifecycle: IdentityLifecycle,
    private readonly shares: SharesService,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onDeactivated((manager, user, at) => this.shares.cancelPendingOfUser(manager, user, at));
  }
}
