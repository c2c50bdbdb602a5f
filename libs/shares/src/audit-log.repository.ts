import { AuditEvent } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { ShareAuditEntry } from './share-audit.entity';
import { Share } from './share.entity';

export interface AuditFilters {
  organizationId: string;
  shareId?: string;
  /** Events by this person, or about them (their shares, their account). */
  userId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Keyset: only entries strictly older than this one. */
  before?: { at: Date; id: string };
}

/** Reads of the audit log: share transitions and admin or security actions, each newest first. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  private filtered<T extends object>(query: SelectQueryBuilder<T>, alias: string, filters: AuditFilters): SelectQueryBuilder<T> {
    query.where(`${alias}.organizationId = :organizationId`, { organizationId: filters.organizationId });
    if (filters.action) query.andWhere(`${alias}.action = :action`, { action: filters.action });
    if (filters.from) query.andWhere(`${alias}.createdAt >= :from`, { from: filters.from });
    if (filters.to) query.andWhere(`${alias}.createdAt < :to`, { to: filters.to });
    if (filters.before) {
      const { at, id } = filters.before;
      query.andWhere(new Brackets((older) => older.where(`${alias}.createdAt < :beforeAt`, { beforeAt: at }).orWhere(`(${alias}.createdAt = :beforeAt AND ${alias}.id < :beforeId)`, { beforeId: id })));
    }
    return query.orderBy(`${alias}.createdAt`, 'DESC').addOrderBy(`${alias}.id`, 'DESC');
  }

  shareEntries(filters: AuditFilters, limit: number): Promise<ShareAuditEntry[]> {
    const query = this.filtered(this.dataSource.getRepository(ShareAuditEntry).createQueryBuilder('entry'), 'entry', filters);
    if (filters.shareId) query.andWhere('entry.shareId = :shareId', { shareId: filters.shareId });
    if (filters.userId) {
      query.andWhere(
        new Brackets((about) =>
          about.where('entry.actorId = :userId', { userId: filters.userId }).orWhere(`entry.shareId IN (SELECT s.id FROM shares s WHERE s."userId" = :userId AND s."organizationId" = :organizationId)`),
        ),
      );
    }
    return query.take(limit).getMany();
  }

  /** Admin and security actions; none when the reader asked for one share's history. */
  adminEvents(filters: AuditFilters, limit: number): Promise<AuditEvent[]> {
    if (filters.shareId) return Promise.resolve([]);
    const query = this.filtered(this.dataSource.getRepository(AuditEvent).createQueryBuilder('event'), 'event', filters);
    if (filters.userId) {
      query.andWhere(new Brackets((about) => about.where('event.actorId = :userId', { userId: filters.userId }).orWhere("(event.targetType = 'user' AND event.targetId = :userId)")));
    }
    return query.take(limit).getMany();
  }

  /** Whose each share is, for the "whose share" column. */
  async ownersOf(organizationId: string, shareIds: string[]): Promise<Map<string, string>> {
    if (shareIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Share).createQueryBuilder('share').select(['share.id', 'share.userId']).where('share.organizationId = :organizationId', { organizationId }).andWhereInIds(shareIds).getMany();
    return new Map(rows.map((r) => [r.id, r.userId]));
  }
}
