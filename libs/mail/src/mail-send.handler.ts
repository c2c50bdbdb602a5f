import { Clock } from '@chorus/config';
import { HandlesJob, JobContext, JobHandler, JobPayloads, RetryLaterError } from '@chorus/jobs';
import { Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { IsUUID } from 'class-validator';
import { PermanentMailError, MailTransport } from './mail-transport';
import { MailRepository } from './mail.repository';

export class MailSendPayload {
  @IsUUID('all') mailId!: string;
}

/** Tries of one mail across jobs (the tick requeues lost ones) before it is given up. */
export const MAIL_MAX_ATTEMPTS = 10;
/** How often a job looks again for a mail whose transaction may not have committed yet. */
const NOT_YET_COMMITTED_TRIES = 3;

/**
 * Delivers one stored mail. Sent or kept mails are never sent again; SMTP errors are retried
 * with the queue's backoff, a 5xx answer ends it as failed. A crash between the relay's
 * acceptance and the status update sends it again with the same Message-ID.
 */
@HandlesJob('mail.send', MailSendPayload)
export class MailSendHandler implements JobHandler<'mail.send'> {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly repository: MailRepository,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
  ) {}

  async handle({ mailId }: JobPayloads['mail.send'], context?: JobContext): Promise<void> {
    const mail = await this.repository.find(mailId);
    if (!mail) {
      // Queued inside a transaction that may not have committed yet; if it rolled back there is nothing to send.
      if ((context?.attempt ?? 1) < NOT_YET_COMMITTED_TRIES) throw new RetryLaterError(`Mail ${mailId} is not stored yet; looking again shortly.`, 1000);
      return;
    }
    if (mail.status !== 'queued') return;
    if (!this.transport.configured) {
      await this.repository.finish(mail.id, 'kept', { sentAt: this.clock.now() });
      return;
    }
    const attempts = await this.repository.countAttempt(mail.id);
    try {
      await this.transport.send({ id: mail.id, to: mail.toAddress, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
    } catch (error) {
      const reason = (error as Error).message;
      if (error instanceof PermanentMailError || attempts >= MAIL_MAX_ATTEMPTS) {
        await this.repository.finish(mail.id, 'failed', { lastError: reason.slice(0, 500) });
        this.logger.warn(`Mail ${mail.id} (${mail.category}) was not delivered: ${reason}`);
        throw new UnrecoverableError(`Mail ${mail.id} was refused: ${reason}`);
      }
      await this.repository.recordError(mail.id, reason);
      throw new Error(`Mail ${mail.id} could not be sent yet (${reason}); trying again later.`);
    }
    // A secret link (an invitation, a reset) leaves the database once it has left by mail.
    const blanked = mail.secret ? { text: REMOVED, html: REMOVED } : {};
    await this.repository.finish(mail.id, 'sent', { sentAt: this.clock.now(), lastError: null, ...blanked });
  }
}

const REMOVED = '(The content of this mail held a one-time link; it was removed once the mail was sent.)';
