import { ContentModule } from '@chorus/content';
import { IdentityModule } from '@chorus/identity';
import { NotificationsModule } from '@chorus/notifications';
import { Module } from '@nestjs/common';
import { AccountMail } from './account-mail';
import { DigestService } from './digest.service';
import { MailLinks } from './mail-links';
import { MailPreferencesService } from './mail-preferences.service';
import { MailQueue } from './mail-queue';
import { MailSendHandler } from './mail-send.handler';
import { MailTransport } from './mail-transport';
import { MailRepository } from './mail.repository';
import { NotificationMailConsumer } from './notification-mail.consumer';
import { MailRequeuer, SentMailService } from './sent-mail.service';

/**
 * Mail: preferences, unsubscribe links, the sent-mail log, and the mails of invitations and
 * password resets (written where their links are made, in the api). Loaded by api and worker.
 */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [MailRepository, MailLinks, MailQueue, MailPreferencesService, SentMailService, AccountMail],
  exports: [MailRepository, MailLinks, MailQueue, MailPreferencesService, SentMailService],
})
export class MailModule {}

/** The worker side: the consumer that mails notifications, the digests, and the job that sends. */
@Module({
  imports: [MailModule, NotificationsModule, ContentModule],
  providers: [MailTransport, MailSendHandler, NotificationMailConsumer, DigestService, MailRequeuer],
  exports: [DigestService, MailRequeuer],
})
export class MailWorkerModule {}
