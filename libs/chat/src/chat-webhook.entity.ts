import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

export type ChatService = 'slack' | 'teams';
export const CHAT_SERVICES: readonly ChatService[] = ['slack', 'teams'];
export type ChatWebhookStatus = 'active' | 'disabled';
export const CHAT_WEBHOOK_STATUSES: readonly ChatWebhookStatus[] = ['active', 'disabled'];

/** The organisation-wide webhook's scope key; a team's webhook uses the team's id. */
export const ORGANIZATION_SCOPE = 'organization';

/**
 * An incoming webhook of a Slack or Teams channel, for the whole organisation or one team.
 * The URL is a secret (anyone holding it may post to the channel): it is stored encrypted
 * like OAuth tokens (bound to this row), and only its masked form ever leaves the server.
 */
@Entity('chat_webhooks')
@Index('chat_webhooks_scope_unique', ['organizationId', 'service', 'scopeKey'], { unique: true })
export class ChatWebhook {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'varchar', length: 16 }) service!: ChatService;
  @RefColumn({ nullable: true }) teamId!: string | null;
  /** `organization`, or the team's id: one webhook per service and scope. */
  @Column({ type: 'varchar', length: 36 }) scopeKey!: string;
  @Column({ type: 'varchar', length: 64 }) keyId!: string;
  @Column({ type: 'text' }) urlCiphertext!: string;
  /** What people see of the URL: scheme, host and the last characters. */
  @Column({ type: 'varchar', length: 300 }) maskedUrl!: string;
  @Column({ type: 'varchar', length: 16 }) status!: ChatWebhookStatus;
  @Column({ type: 'varchar', length: 500, nullable: true }) disabledReason!: string | null;
  @UtcDateColumn({ nullable: true }) disabledAt!: Date | null;
  @RefColumn({ nullable: true }) createdById!: string | null;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn() updatedAt!: Date;
}
