import { AccountLink, IdentityLifecycle } from '@chorus/identity';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailQueue } from './mail-queue';
import { mailText, readerOf, renderMail } from './mail-render';
import { MailLinks } from './mail-links';
import { MailRepository } from './mail.repository';

/**
 * Invitations and password resets by mail, written in the transaction that stores their link.
 * Their bodies hold the secret link: the "Sent mail" page shows them only to their recipient,
 * and a sent one is blanked (MailSendHandler).
 */
@Injectable()
export class AccountMail implements OnModuleInit {
  constructor(
    private readonly lifecycle: IdentityLifecycle,
    private readonly repository: MailRepository,
    private readonly queue: MailQueue,
    private readonly links: MailLinks,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onInvited((manager, links) => this.mailAll(manager, links, 'invitation'));
    this.lifecycle.onPasswordResetRequested((manager, links) => this.mailAll(manager, links, 'password-reset'));
  }

  private async mailAll(manager: EntityManager, links: readonly AccountLink[], category: 'invitation' | 'password-reset'): Promise<void> {
    const names = new Map<string, string>();
    for (const link of links) {
      const { user } = link;
      if (!names.has(user.organizationId)) names.set(user.organizationId, await this.repository.organizationName(manager, user.organizationId));
      const reader = readerOf(user, names.get(user.organizationId)!);
      const params = { organizationName: reader.organizationName, expiresAt: link.expiresAt.toISOString() };
      const codes =
        category === 'invitation'
          ? ({ subject: 'mail.invitation.subject', body: 'mail.invitation.body', action: 'mail.invitation.action' } as const)
          : ({ subject: 'mail.passwordReset.subject', body: 'mail.passwordReset.body', action: 'mail.passwordReset.action' } as const);
      const rendered = renderMail(reader, {
        subject: mailText(reader, codes.subject, params),
        paragraphs: [mailText(reader, codes.body, params)],
        action: { label: mailText(reader, codes.action), url: link.url },
        preferencesUrl: this.links.preferences(),
      });
      await this.queue.queueToUser(manager, user, reader, { ...rendered, category, dedupeKey: `${category}:${link.id}`, secret: true });
    }
  }
}
