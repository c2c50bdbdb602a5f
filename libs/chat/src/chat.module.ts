import { IdentityModule } from '@chorus/identity';
import { NotificationsModule } from '@chorus/notifications';
import { PublishingModule } from '@chorus/publishing';
import { Module } from '@nestjs/common';
import { ChatAnnouncer, ChatContestResultsConsumer, ChatFeaturedPostsConsumer } from './chat-announcements.consumer';
import { ChatDeliveryHandler } from './chat-delivery.handler';
import { ChatIntegrationsService } from './chat-integrations.service';
import { ChatWebhooksRepository } from './chat-webhooks.repository';

/** Slack and Teams channels: the admin's settings and the consumers that queue announcements. */
@Module({
  imports: [IdentityModule, NotificationsModule, PublishingModule],
  providers: [ChatWebhooksRepository, ChatIntegrationsService, ChatAnnouncer, ChatFeaturedPostsConsumer, ChatContestResultsConsumer],
  exports: [ChatIntegrationsService, ChatWebhooksRepository],
})
export class ChatModule {}

/** The worker side: the delivery job's handler. */
@Module({
  imports: [ChatModule, NotificationsModule, PublishingModule],
  providers: [ChatDeliveryHandler],
})
export class ChatWorkerModule {}
