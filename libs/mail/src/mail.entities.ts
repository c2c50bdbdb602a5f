import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import type { NotificationDelivery } from '@chorus/notifications';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What a mail is: one notification, a digest, or an account link. */
export type MailCategory = 'notification' | 'digest' | 'invitation' | 'password-reset';

/**
 * queued: waiting for the `mail.send` job · sent: the SMTP relay accepted it · kept: no SMTP is
 * configured, so it is only stored (the "Sent mail" page shows it) · failed: the relay refused it
 * for good, or every try failed.
 */
export type MailStatus = 'queued' | 'sent' | 'kept' | 'failed';

/**
 * One message to one person, written (rendered in their language) in the same transaction as
 * what caused it; the `mail.send` job delivers it. `dedupeKey` makes each cause mail once
 * (`notification:<id>`, `digest:<user>:<period>`, `invitation:<invite id>`, …), and the
 * Message-ID is the row's id, so a relay that sees a repeat after a crash can tell.
 */
@Entity('mail_messages')
@Index('mail_messages_organization_idx', ['organizationId', 'createdAt'])
@Index('mail_messages_status_idx', ['status', 'enqueuedAt'])
export class MailMessage {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn({ nullable: true }) userId!: string | null;
  @Index('mail_messages_dedupe_unique', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  dedupeKey!: string;
  @Column({ type: 'varchar', length: 32 }) category!: MailCategory;
  /** The notification kind, for notification mails and digests' unsubscribe links. */
  @Column({ type: 'varchar', length: 64, nullable: true }) kind!: string | null;
  @Column({ type: 'varchar', length: 254 }) toAddress!: string;
  @Column({ type: 'varchar', length: 8 }) locale!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'text' }) html!: string;
  /** Extra headers (List-Unsubscribe and its one-click partner). */
  @Column({ type: 'simple-json' }) headers!: Record<string, string>;
  /** True when the body holds a secret link (an invitation or a reset): shown only to its recipient, and blanked once sent. */
  @Column({ type: 'boolean', default: false }) secret!: boolean;
  @Column({ type: 'varchar', length: 16, default: 'queued' }) status!: MailStatus;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) lastError!: string | null;
  /** When its job was last put on the queue: a row queued long ago is put there again (a worker died). */
  @UtcDateColumn() enqueuedAt!: Date;
  @UtcDateColumn({ nullable: true }) sentAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
}

/** A person's choices for mail; kinds they never changed follow NOTIFICATION_KINDS. */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'varchar', length: 36 }) userId!: string;
  @RefColumn() organizationId!: string;
  /** Only the kinds the person changed. */
  @Column({ type: 'simple-json' }) deliveries!: Partial<Record<string, NotificationDelivery>>;
  /** ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'integer', default: 1 }) weeklyDigestDay!: number;
  @UtcDateColumn() updatedAt!: Date;
}

/**
 * A digest period a person's digest was considered for (`daily:2026-12-02`, `weekly:2026-12-07`,
 * dated in their timezone). The unique key is the claim: however many workers run, or restart,
 * one digest per period, and none at all when the period had nothing new.
 */
@Entity('digest_runs')
@Index('digest_runs_unique', ['userId', 'period'], { unique: true })
export class DigestRun {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @Column({ type: 'varchar', length: 32 }) period!: string;
  @RefColumn({ nullable: true }) mailId!: string | null;
  @UtcDateColumn() createdAt!: Date;
}
