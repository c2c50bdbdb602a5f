import { Clock } from '@chorus/config';
import { JobQueue } from '@chorus/jobs';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MailCategory, MailMessage } from './mail.entities';
import { Reader, RenderedMail } from './mail-render';
import { MailRepository } from './mail.repository';

export interface NewMail extends RenderedMail {
  organizationId: string;
  userId: string | null;
  to: string;
  locale: string;
  category: MailCategory;
  kind?: string | null;
  /** The same key is mailed once, however often the writer retries. */
  dedupeKey: string;
  headers?: Record<string, string>;
  secret?: boolean;
}

/** What a mail to one of the organisation's users says beyond who it is to. */
export type UserMail = Omit<NewMail, 'organizationId' | 'userId' | 'to' | 'locale'>;

/**
 * Writes a mail in the caller's transaction and queues its `mail.send` job. A job that runs
 * before the transaction commits finds nothing yet and tries again shortly; a job that is lost
 * (a worker died, Redis was flushed) is queued again by the mail tick (docs/architecture.md,
 * "Reaching people").
 */
@Injectable()
export class MailQueue {
  constructor(
    private readonly repository: MailRepository,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** A mail to a user at their address, in the language it was rendered in; as `queue`. */
  queueToUser(manager: EntityManager, user: { id: string; organizationId: string; email: string }, reader: Reader, mail: UserMail): Promise<string | null> {
    return this.queue(manager, { ...mail, organizationId: user.organizationId, userId: user.id, to: user.email, locale: reader.locale });
  }

  /** The new mail's id, or null when its dedupe key was mailed already. */
  async queue(manager: EntityManager, mail: NewMail): Promise<string | null> {
    const now = this.clock.now();
    const row: MailMessage = {
      id: randomUUID(),
      organizationId: mail.organizationId,
      userId: mail.userId,
      dedupeKey: mail.dedupeKey.slice(0, 200),
      category: mail.category,
      kind: mail.kind ?? null,
      toAddress: mail.to,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers ?? {},
      secret: mail.secret ?? false,
      status: 'queued',
      attempts: 0,
      lastError: null,
      enqueuedAt: now,
      sentAt: null,
      createdAt: now,
    };
    if (!(await this.repository.insertNew(manager, row))) return null;
    await this.jobs.add('mail.send', { mailId: row.id }, { jobId: `mail.${row.id}` });
    return row.id;
  }
}
