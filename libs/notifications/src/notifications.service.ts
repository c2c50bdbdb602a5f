import { userMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { OutboxRepository, Transactions } from '@chorus/db';
import type { MessageParams, NotificationCode } from '@chorus/messages';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Notification } from './notification.entity';
import { NOTIFICATION_CREATED, NotificationCreatedPayload, NotificationKind } from './notification-kinds';
import { renderNotification } from './notification-text';
import { NotificationsRepository, RecipientFilter } from './notifications.repository';

export interface NewNotification {
  organizationId: string;
  userId: string;
  kind: NotificationKind;
  code: NotificationCode;
  params?: MessageParams;
  /** The same key for the same user is written once, however often the writer retries. */
  dedupeKey: string;
  /** A path in the web app (`/shares/…`). */
  link?: string | null;
}

/** Described in the OpenAPI document, from which the web app's types are generated. */
export class NotificationResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'share.published' }) kind!: string;
  /** Translate `<code>.title` and `<code>.body`; null on old notifications (show title and body). */
  @ApiProperty({ type: String, nullable: true, description: 'Message code: translate `<code>.title` and `<code>.body`; null on old notifications' }) code!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } }) params!: MessageParams;
  @ApiProperty({ description: 'The English title, for clients that do not translate' }) title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true, description: 'A path in the web app, or an https link to the network' }) link!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationListResponse {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty() unreadCount!: number;
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next (older) page; null on the last page' }) nextCursor!: string | null;
}

export class MarkedReadResponse {
  @ApiProperty({ description: 'How many notifications were marked read' }) marked!: number;
}

/** Rows written per statement in fan-outs: a few thousand bound values, under every driver's limit. */
const INSERT_BATCH = 200;

/**
 * In-app notifications. Every row is written with a `notification.created` outbox event in
 * the same transaction, so mail and other deliveries hear of exactly the rows that exist
 * (docs/architecture.md, "Reaching people").
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly outbox: OutboxRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Writes the notification unless one with the same dedupe key exists for that user; true when written. */
  async notify(input: NewNotification, manager?: EntityManager): Promise<boolean> {
    const write = (m: EntityManager) => this.notifyMany(m, [input]);
    return (await (manager ? write(manager) : this.transactions.run(write))) === 1;
  }

  /** Writes many notifications in the caller's transaction, in batches; returns how many were new. */
  async notifyMany(manager: EntityManager, inputs: NewNotification[]): Promise<number> {
    let written = 0;
    for (let i = 0; i < inputs.length; i += INSERT_BATCH) {
      const now = this.clock.now();
      const rows = inputs.slice(i, i + INSERT_BATCH).map((input): Notification => {
        const params = input.params ?? {};
        return {
          id: randomUUID(),
          organizationId: input.organizationId,
          userId: input.userId,
          kind: input.kind,
          code: input.code,
          params,
          dedupeKey: input.dedupeKey.slice(0, 200),
          ...renderNotification(input.code, params),
          link: input.link ?? null,
          readAt: null,
          createdAt: now,
        };
      });
      const ids = await this.repository.insertNew(manager, rows);
      const created = rows.filter((r) => ids.has(r.id));
      await this.outbox.appendMany(
        manager,
        created.map((n) => ({
          type: NOTIFICATION_CREATED,
          organizationId: n.organizationId,
          dedupeKey: n.id,
          payload: { notificationId: n.id, organizationId: n.organizationId, userId: n.userId, kind: n.kind as NotificationKind } satisfies NotificationCreatedPayload,
          at: now,
        })),
      );
      written += created.length;
    }
    return written;
  }

  /**
   * The same notification to everyone the filter selects, a page of people at a time; each
   * person's dedupe key is the same, so a retried fan-out skips those already told.
   */
  async fanOut(manager: EntityManager, filter: RecipientFilter, notification: Omit<NewNotification, 'userId' | 'organizationId'>, pageSize = 1000): Promise<number> {
    let written = 0;
    let after: string | null = null;
    for (;;) {
      const ids = await this.repository.recipientPage(manager, filter, after, pageSize);
      if (ids.length === 0) return written;
      written += await this.notifyMany(manager, ids.map((userId) => ({ ...notification, userId, organizationId: filter.organizationId })));
      after = ids[ids.length - 1];
    }
  }

  async list(organizationId: string, userId: string, options: { unreadOnly?: boolean; limit?: number; cursor?: string } = {}): Promise<NotificationListResponse> {
    const limit = options.limit ?? 50;
    const before = options.cursor ? decodeCursor(options.cursor) : null;
    const [rows, unreadCount] = await Promise.all([
      this.repository.page(organizationId, userId, { unreadOnly: options.unreadOnly ?? false, limit: limit + 1, before }),
      this.repository.unreadCount(organizationId, userId),
    ]);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(mapNotification), unreadCount, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  async markRead(organizationId: string, userId: string, id: string): Promise<void> {
    if (!(await this.repository.exists(organizationId, userId, id))) throw new NotFoundException(userMessage('me.notificationNotFound'));
    await this.repository.markRead(organizationId, userId, id, this.clock.now());
  }

  async markAllRead(organizationId: string, userId: string): Promise<{ marked: number }> {
    return { marked: await this.repository.markAllRead(organizationId, userId, this.clock.now()) };
  }
}

export function mapNotification(n: Notification): NotificationResponse {
  return {
    id: n.id,
    kind: n.kind,
    code: n.code,
    params: n.params ?? {},
    title: n.title,
    body: n.body,
    link: n.link,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}

function encodeCursor(n: Notification): string {
  return Buffer.from(`${n.createdAt.toISOString()}|${n.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw new BadRequestException(userMessage('me.notificationCursorInvalid'));
  return { createdAt, id };
}
