import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Notification } from './notification.entity';

export interface NewNotification {
  organizationId: string;
  userId: string;
  kind: string;
  /** The same key for the same user is written once, however often a job retries. */
  dedupeKey: string;
  title: string;
  body: string;
  link?: string | null;
}

/** Described in the OpenAPI document, from which the web app's types are generated. */
export class NotificationResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'welcome' }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true, description: 'A path in the web app' }) link!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Writes the notification unless one with the same dedupe key exists for that user. */
  async notify(input: NewNotification, manager?: EntityManager): Promise<void> {
    const write = async (m: EntityManager) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values({ id: randomUUID(), link: null, readAt: null, createdAt: this.clock.now(), ...input })
        .orIgnore()
        .execute();
    };
    await (manager ? write(manager) : this.transactions.run(write));
  }

  async listFor(organizationId: string, userId: string, limit = 50): Promise<NotificationResponse[]> {
    const rows = await this.dataSource.getRepository(Notification).find({
      where: { organizationId, userId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
    return rows.map(mapNotification);
  }

  async markRead(organizationId: string, userId: string, id: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ organizationId, userId, id }, { readAt: this.clock.now() });
    return (result.affected ?? 0) > 0;
  }
}

export function mapNotification(n: Notification): NotificationResponse {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}
