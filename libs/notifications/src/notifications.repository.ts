import { Role, TeamMembership, User } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { Notification } from './notification.entity';

export interface NotificationPageQuery {
  unreadOnly: boolean;
  limit: number;
  /** The last notification of the previous page (newest first). */
  before: { createdAt: Date; id: string } | null;
}

/** Who a fan-out reaches: active people of one organisation, optionally by role or team. */
export interface RecipientFilter {
  organizationId: string;
  role?: Role;
  /** Members of any of these teams; null or absent: everyone. */
  teamIds?: string[] | null;
  exceptUserIds?: string[];
}

@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the rows whose (user, dedupe key) is new; returns the ids actually written. */
  async insertNew(manager: EntityManager, rows: Notification[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const insert = manager.createQueryBuilder().insert().into(Notification).values(rows).orIgnore();
    // The database names the rows it wrote (a duplicate returns nothing). TypeORM asks PostgreSQL; SQLite (≥ 3.35)
    // answers the same clause, which TypeORM does not write for it.
    if (manager.connection.options.type === 'postgres') {
      const { raw } = await insert.returning(['id']).execute();
      return new Set((raw as { id: string }[]).map((row) => row.id));
    }
    const [sql, parameters] = insert.getQueryAndParameters();
    const written = (await manager.query(`${sql} RETURNING "id"`, parameters)) as { id: string }[];
    return new Set(written.map((n) => n.id));
  }

  page(organizationId: string, userId: string, query: NotificationPageQuery): Promise<Notification[]> {
    const q = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.organizationId = :organizationId AND n.userId = :userId', { organizationId, userId });
    if (query.unreadOnly) q.andWhere('n.readAt IS NULL');
    if (query.before) {
      const { createdAt, id } = query.before;
      q.andWhere(new Brackets((b) => b.where('n.createdAt < :createdAt', { createdAt }).orWhere('(n.createdAt = :createdAt AND n.id < :id)', { createdAt, id })));
    }
    return q.orderBy('n.createdAt', 'DESC').addOrderBy('n.id', 'DESC').take(query.limit).getMany();
  }

  /** A person's notifications of these kinds written in [from, to), newest first, and how many there are: a digest's content. */
  between(userId: string, kinds: string[], from: Date, to: Date, limit: number): Promise<[Notification[], number]> {
    if (kinds.length === 0) return Promise.resolve([[], 0]);
    return this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.userId = :userId AND n.kind IN (:...kinds) AND n.createdAt >= :from AND n.createdAt < :to', { userId, kinds, from, to })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(limit)
      .getManyAndCount();
  }

  /** Notifications by id (a mail delivery's batch). */
  findByIds(manager: EntityManager, ids: string[]): Promise<Notification[]> {
    return ids.length === 0 ? Promise.resolve([]) : manager.getRepository(Notification).findBy({ id: In(ids) });
  }

  unreadCount(organizationId: string, userId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).createQueryBuilder('n').where('n.userId = :userId AND n.organizationId = :organizationId AND n.readAt IS NULL', { userId, organizationId }).getCount();
  }

  exists(organizationId: string, userId: string, id: string): Promise<boolean> {
    return this.dataSource.getRepository(Notification).existsBy({ organizationId, userId, id });
  }

  /** Marks it read once; reading it again keeps the first time. */
  async markRead(organizationId: string, userId: string, id: string, at: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: at })
      .where('"organizationId" = :organizationId AND "userId" = :userId AND "id" = :id AND "readAt" IS NULL', { organizationId, userId, id })
      .execute();
  }

  async markAllRead(organizationId: string, userId: string, at: Date): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: at })
      .where('"organizationId" = :organizationId AND "userId" = :userId AND "readAt" IS NULL', { organizationId, userId })
      .execute();
    return result.affected ?? 0;
  }

  /** One page of recipients' ids in id order, for fan-outs that must not load a whole organisation. */
  async recipientPage(manager: EntityManager, filter: RecipientFilter, afterId: string | null, limit: number): Promise<string[]> {
    const q = manager
      .getRepository(User)
      .createQueryBuilder('user')
      .select('user.id', 'id')
      .where("user.organizationId = :organizationId AND user.status = 'active'", { organizationId: filter.organizationId });
    // roles is a comma-separated list (simple-array).
    if (filter.role) q.andWhere(`(',' || user.roles || ',') LIKE :role`, { role: `%,${filter.role},%` });
    if (filter.teamIds) {
      if (filter.teamIds.length === 0) return [];
      q.andWhere(`EXISTS (SELECT 1 FROM ${manager.getRepository(TeamMembership).metadata.tableName} tm WHERE tm."userId" = user.id AND tm."teamId" IN (:...teamIds))`, {
        teamIds: filter.teamIds,
      });
    }
    if (filter.exceptUserIds?.length) q.andWhere('user.id NOT IN (:...except)', { except: filter.exceptUserIds });
    if (afterId) q.andWhere('user.id > :afterId', { afterId });
    const rows = await q.orderBy('user.id', 'ASC').limit(limit).getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }
}
