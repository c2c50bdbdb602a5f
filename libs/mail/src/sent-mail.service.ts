import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { JobQueue } from '@chorus/jobs';
import { AuthUser, Role, requireRole } from '@chorus/identity';
import { userMessage } from '@chorus/messages';
import { BadRequestException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { MailCategory, MailMessage, MailStatus } from './mail.entities';
import { MAIL_MAX_ATTEMPTS } from './mail-send.handler';
import { MailRepository } from './mail.repository';

export class SentMailResponse {
  @ApiProperty() id!: string;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: ['notification', 'digest', 'invitation', 'password-reset'] }) category!: MailCategory;
  @ApiProperty({ type: String, nullable: true, description: 'The notification kind, or the digest (daily, weekly)' }) kind!: string | null;
  @ApiProperty({ enum: ['queued', 'sent', 'kept', 'failed'], description: 'kept: no SMTP server is set, so it was only stored here' }) status!: MailStatus;
  @ApiProperty() locale!: string;
  @ApiProperty({ description: 'The plain-text part' }) text!: string;
  @ApiProperty({ description: 'The HTML part' }) html!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers!: Record<string, string>;
  @ApiProperty({ description: "True when its one-time link is hidden: only its recipient may read it" }) hidden!: boolean;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
}

export class SentMailListResponse {
  @ApiProperty({ type: [SentMailResponse] }) items!: SentMailResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next (older) page; null on the last page' }) nextCursor!: string | null;
  @ApiProperty({ description: 'False when no SMTP server is set: every mail is kept here instead of sent' }) smtpConfigured!: boolean;
}

const HIDDEN = '(This mail holds a one-time link for its recipient only; it is not shown here.)';

/** The admins' view of the organisation's mail: what went out, and in embedded mode without SMTP, what would have. */
@Injectable()
export class SentMailService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: MailRepository,
  ) {}

  async list(actor: AuthUser, options: { limit?: number; cursor?: string } = {}): Promise<SentMailListResponse> {
    requireRole(actor, [Role.Admin], 'action.readSentMail');
    const limit = options.limit ?? 50;
    const rows = await this.repository.page(actor.organizationId, { limit: limit + 1, before: options.cursor ? decodeCursor(options.cursor) : null });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((m) => mapMail(m, actor)),
      nextCursor: rows.length > limit && last ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString('base64url') : null,
      smtpConfigured: this.config.mail.smtpUrl !== null,
    };
  }

  async get(actor: AuthUser, id: string): Promise<SentMailResponse> {
    requireRole(actor, [Role.Admin], 'action.readSentMail');
    const mail = await this.repository.findInOrganization(actor.organizationId, id);
    if (!mail) throw new NotFoundException(userMessage('mail.notFound'));
    return mapMail(mail, actor);
  }
}

function mapMail(m: MailMessage, reader: AuthUser): SentMailResponse {
  // An admin reading someone else's reset or invitation link could take over that account.
  const hidden = m.secret && m.userId !== reader.id;
  return {
    id: m.id,
    to: m.toAddress,
    subject: m.subject,
    category: m.category,
    kind: m.kind,
    status: m.status,
    locale: m.locale,
    text: hidden ? HIDDEN : m.text,
    html: hidden ? `<p>${HIDDEN}</p>` : m.html,
    headers: m.headers,
    hidden,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw new BadRequestException(userMessage('mail.cursorInvalid'));
  return { createdAt, id };
}

/** Queued mails whose job is older than this are put on the queue again. */
const REQUEUE_AFTER_MS = 2 * 60_000;

/** Puts mails whose job was lost (a worker died mid-send, Redis was flushed) back on the queue. */
@Injectable()
export class MailRequeuer {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly repository: MailRepository,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const now = this.clock.now();
    const stale = await this.repository.stale(new Date(now.getTime() - REQUEUE_AFTER_MS), 500);
    for (const mail of stale) {
      if (mail.attempts >= MAIL_MAX_ATTEMPTS) {
        await this.repository.finish(mail.id, 'failed', {});
        continue;
      }
      // A new job id per try count: the queue keeps failed jobs for a while, and would drop a repeat of their id.
      await this.jobs.add('mail.send', { mailId: mail.id }, { jobId: `mail.${mail.id}.${mail.attempts}` });
    }
    await this.repository.markEnqueued(stale.map((m) => m.id), now);
    if (stale.length > 0) this.logger.log(`Put ${stale.length} waiting mail(s) back on the queue.`);
    return stale.length;
  }
}
