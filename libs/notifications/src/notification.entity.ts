import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import type { MessageParams } from '@chorus/messages';
import { Column, Entity, Index } from 'typeorm';

/**
 * An in-app message to one user. `code` and `params` say it in any language (the web
 * translates `<code>.title` and `<code>.body`); `title` and `body` are the English rendered
 * when it was written, shown when no translation exists. `dedupeKey` makes it be written once
 * per user, however often the work that writes it is retried.
 */
@Entity('notifications')
@Index('notifications_user_idx', ['userId', 'createdAt'])
@Index('notifications_unread_idx', ['userId', 'readAt'])
@Index('notifications_dedupe_unique', ['userId', 'dedupeKey'], { unique: true })
export class Notification {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @Column({ type: 'varchar', length: 64 }) kind!: string;
  /** Null on notifications written before codes existed: they show their stored English. */
  @Column({ type: 'varchar', length: 100, nullable: true }) code!: string | null;
  @Column({ type: 'simple-json', nullable: true }) params!: MessageParams | null;
  @Column({ type: 'varchar', length: 200 }) dedupeKey!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) link!: string | null;
  @UtcDateColumn({ nullable: true }) readAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
}
