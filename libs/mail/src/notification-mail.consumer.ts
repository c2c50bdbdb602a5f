import { HandlesEvent, OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { NOTIFICATION_CREATED, NotificationCreatedPayload, NotificationsRepository } from '@chorus/notifications';
import type { MessageParams } from '@chorus/messages';
import { MailLinks } from './mail-links';
import { MailQueue } from './mail-queue';
import { mailText, notificationText, readerOf, renderMail } from './mail-render';
import { MailRepository } from './mail.repository';
import { effectiveDeliveries, isNotificationKind } from './notification-preferences';

/**
 * Mails each new notification whose kind its reader gets at once (`instant`), in their
 * language; the others wait for the digests. Deactivated people get nothing. The dedupe key is
 * the notification, so a retried batch mails nobody twice.
 */
@HandlesEvent(NOTIFICATION_CREATED, 'mail-instant', { batchSize: 100 })
export class NotificationMailConsumer implements OutboxEventHandler {
  constructor(
    private readonly repository: MailRepository,
    private readonly notifications: NotificationsRepository,
    private readonly queue: MailQueue,
    private readonly links: MailLinks,
  ) {}

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    const payloads = events.map((e) => e.payload as unknown as NotificationCreatedPayload);
    const userIds = [...new Set(payloads.map((p) => p.userId))];
    const preferences = await this.repository.preferencesOf(userIds, manager);
    const wanted = payloads.filter((p) => isNotificationKind(p.kind) && effectiveDeliveries(preferences.get(p.userId) ?? null)[p.kind] === 'instant');
    if (wanted.length === 0) return;
    const [recipients, notifications] = await Promise.all([
      this.repository.recipients(manager, [...new Set(wanted.map((p) => p.userId))]),
      this.notifications.findByIds(manager, wanted.map((p) => p.notificationId)),
    ]);
    for (const notification of notifications) {
      const recipient = recipients.get(notification.userId);
      if (!recipient || recipient.user.status !== 'active') continue;
      const { user } = recipient;
      const reader = readerOf(user, recipient.organizationName);
      const text = notification.code
        ? notificationText(reader, notification.code, (notification.params ?? {}) as MessageParams)
        : { title: notification.title, body: notification.body };
      const scope = { kind: notification.kind };
      const rendered = renderMail(reader, {
        subject: text.title,
        paragraphs: [text.body],
        action: { label: mailText(reader, 'mail.open'), url: this.links.app(notification.link ?? '/notifications') },
        preferencesUrl: this.links.preferences(),
        unsubscribe: { label: mailText(reader, 'mail.unsubscribeKind'), url: this.links.unsubscribePage(user.id, scope) },
      });
      await this.queue.queueToUser(manager, user, reader, {
        ...rendered,
        category: 'notification',
        kind: notification.kind,
        dedupeKey: `notification:${notification.id}`,
        headers: this.links.unsubscribeHeaders(user.id, scope),
      });
    }
  }
}
