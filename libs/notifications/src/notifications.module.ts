import { IdentityModule } from '@chorus/identity';
import { Module } from '@nestjs/common';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { WelcomeNotificationHandler } from './welcome-notification.handler';

@Module({
  providers: [NotificationsRepository, NotificationsService],
  exports: [NotificationsService, NotificationsRepository],
})
export class NotificationsModule {}

/** The worker side: job handlers that write notifications. */
@Module({
  imports: [NotificationsModule, IdentityModule],
  providers: [WelcomeNotificationHandler],
})
export class NotificationsWorkerModule {}
