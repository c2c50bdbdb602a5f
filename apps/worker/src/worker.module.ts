import { ChatModule, ChatWorkerModule } from '@chorus/chat';
import { AppConfig } from '@chorus/config';
import { GamificationModule } from '@chorus/gamification';
import { JobsWorkerModule } from '@chorus/jobs';
import { MailWorkerModule } from '@chorus/mail';
import { NotificationsWorkerModule } from '@chorus/notifications';
import { PublishingModule, PublishingWorkerModule } from '@chorus/publishing';
import { SharesModule } from '@chorus/shares';
import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ContestClosingTick } from './ticks/contest-closing.tick';
import { DispatcherTick } from './ticks/dispatcher.tick';
import { EngagementTick } from './ticks/engagement.tick';
import { MailDigestTick, MailRequeueTick } from './ticks/mail.tick';
import { OutboxRelayTick } from './ticks/outbox-relay.tick';
import { PostExpiryTick } from './ticks/post-expiry.tick';
import { TokenExpiryTick } from './ticks/token-expiry.tick';
import { TokenRevocationTick } from './ticks/token-revocation.tick';

/** Queue processors and scheduled ticks (each a `Tick`). Never serves the API. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ScheduleModule.forRoot(), JobsWorkerModule.forRoot(config), NotificationsWorkerModule, SharesModule, PublishingModule, PublishingWorkerModule, GamificationModule, ChatModule, ChatWorkerModule, MailWorkerModule],
      providers: [PostExpiryTick, TokenExpiryTick, TokenRevocationTick, DispatcherTick, EngagementTick, OutboxRelayTick, ContestClosingTick, MailDigestTick, MailRequeueTick],
    };
  }
}
