import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource, EntityManager, In, Not } from 'typeorm';
import { ShareChangedConcurrently } from './share-errors';
import { ShareAuditEntry } from './share-audit.entity';
import { ShareEventInput, transition } from './share-state-machine';
import { Share } from './share.entity';
import { ShareStatus } from './share-status';

export interface AuditInput {
  actorId: string | null;
  action: string;
  fromStatus: ShareStatus | null;
  toStatus: ShareStatus;
  detail?: Record<string, unknown>;
  at: Date;
}

/** What a transition may change besides the status, which only the state machine decides. */
export type ShareChanges = Partial<Omit<Share, 'id' | 'organizationId' | 'userId' | 'status' | 'createdAt' | 'updatedAt'>>;

export interface TransitionAudit {
  actorId: string | null;
  at: Date;
  /** Recorded in the audit log; the event's name unless the caller says why (e.g. `offboard`). */
  action?: string;
  detail?: Record<string, unknown>;
}

export interface DispatchOptions {
  now: Date;
  limit: number;
  leaseMs: number;
  /** Posts per member and UTC day the network accepts; a connection at its limit waits. */
  dailyLimitOf(network: string): number;
}

/** One claimed attempt: the publish job carries exactly this. */
export interface DispatchClaim {
  shareId: string;
  attemptId: string;
}

/** Statuses that still hold a place in the owner's day (for the daily limit and slots). */
export const OCCUPYING_STATUSES: ShareStatus[] = ['scheduled', 'publishing', 'published'];
/** Not yet published and not over: what expiry and offboarding cancel. */
export const PENDING_STATUSES: ShareStatus[] = ['draft', 'in_review', 'approved', 'scheduled', 'failed', 'needs_reconnect'];

@Injectable()
export class SharesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findOwned(organizationId: string, userId: string, id: string): Promise<Share | null> {
    return this.dataSource.getRepository(Share).findOneBy({ organizationId, userId, id });
  }

  /** In the caller's transaction when given one. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Share | null> {
    return manager.getRepository(Share).findOneBy({ id });
  }

  findInOrganization(organizationId: string, id: string): Promise<Share | null> {
    return this.dataSource.getRepository(Share).findOneBy({ organizationId, id });
  }

  /** The organisation's shares with these ids (those that exist), in the caller's transaction when given one. */
  async findManyInOrganization(organizationId: string, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Share[]> {
    if (ids.length === 0) return [];
    // By primary key alone, so no plan walks the organisation's shares; the organisation is checked on the rows.
    const found = await manager.getRepository(Share).findBy({ id: In([...new Set(ids)]) });
    return found.filter((share) => share.organizationId === organizationId);
  }

  listOwned(organizationId: string, userId: string, status?: ShareStatus): Promise<Share[]> {
    return this.dataSource.getRepository(Share).find({
      where: status ? { organizationId, userId, status } : { organizationId, userId },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  listInReview(organizationId: string): Promise<Share[]> {
    return this.dataSource.getRepository(Share).find({ where: { organizationId, status: 'in_review' }, order: { updatedAt: 'ASC' } });
  }

  /** Each post's latest share by this user, for marking the feed (the organisation first, so the owner index serves it). */
  async latestOwnSharesOf(organizationId: string, userId: string, postIds: string[]): Promise<Map<string, Share>> {
    const map = new Map<string, Share>();
    if (postIds.length === 0) return map;
    const shares = await this.dataSource.getRepository(Share).find({ where: { organizationId, userId, postId: In(postIds) }, order: { createdAt: 'ASC' } });
    for (const share of shares) map.set(share.postId, share);
    return map;
  }

  /** Colleagues' shares of the same post since `since`, for the near-duplicate hint. */
  colleaguesSharesOf(postId: string, userId: string, since: Date): Promise<Share[]> {
    return this.dataSource
      .getRepository(Share)
      .createQueryBuilder('share')
      .where('share.postId = :postId AND share.userId <> :userId', { postId, userId })
      .andWhere("share.status <> 'cancelled'")
      .andWhere('share.updatedAt >= :since', { since })
      .orderBy('share.updatedAt', 'DESC')
      .take(200)
      .getMany();
  }

  /** The owner's shares holding a time on this network between `from` and `to`. */
  occupiedTimes(userId: string, network: string, from: Date, to: Date, excludeShareId: string | null, manager: EntityManager = this.dataSource.manager): Promise<Share[]> {
    const query = manager
      .getRepository(Share)
      .createQueryBuilder('share')
      .where('share.userId = :userId AND share.network = :network', { userId, network })
      .andWhere('share.status IN (:...statuses)', { statuses: OCCUPYING_STATUSES })
      .andWhere('COALESCE(share.publishedAt, share.scheduledAt) >= :from AND COALESCE(share.publishedAt, share.scheduledAt) < :to', { from, to });
    if (excludeShareId) query.andWhere('share.id <> :excludeShareId', { excludeShareId });
    return query.getMany();
  }

  /** The connection's shares in this status, earliest time first. */
  onConnection(manager: EntityManager, connectionId: string, status: ShareStatus): Promise<Share[]> {
    return manager.getRepository(Share).find({ where: { connectionId, status }, order: { scheduledAt: 'ASC', createdAt: 'ASC' } });
  }

  /** Per connection: shares scheduled on it, and shares waiting to resume once it is reconnected. */
  async countsByConnection(connectionIds: string[]): Promise<Map<string, { scheduled: number; waiting: number }>> {
    const counts = new Map(connectionIds.map((id) => [id, { scheduled: 0, waiting: 0 }]));
    if (connectionIds.length === 0) return counts;
    const rows = await this.dataSource
      .getRepository(Share)
      .createQueryBuilder('share')
      .select('share.connectionId', 'connectionId')
      .addSelect('share.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('share.connectionId IN (:...connectionIds)', { connectionIds })
      .andWhere("share.status IN ('scheduled', 'publishing', 'needs_reconnect')")
      // A waiting share without a time resumes only when its owner schedules it.
      .andWhere("(share.status <> 'needs_reconnect' OR share.scheduledAt IS NOT NULL)")
      .groupBy('share.connectionId')
      .addGroupBy('share.status')
      .getRawMany<{ connectionId: string; status: ShareStatus; count: string | number }>();
    for (const row of rows) {
      const entry = counts.get(row.connectionId)!;
      if (row.status === 'needs_reconnect') entry.waiting += Number(row.count);
      else entry.scheduled += Number(row.count);
    }
    return counts;
  }

  pendingOfUser(manager: EntityManager, userId: string): Promise<Share[]> {
    return manager.getRepository(Share).findBy({ userId, status: In(PENDING_STATUSES) });
  }

  pendingOfExpiredPosts(now: Date, limit: number): Promise<Share[]> {
    return this.dataSource
      .getRepository(Share)
      .createQueryBuilder('share')
      .innerJoin('posts', 'post', 'post.id = share."postId"')
      .where('share.status IN (:...statuses)', { statuses: PENDING_STATUSES })
      .andWhere('post."expiresAt" IS NOT NULL AND post."expiresAt" <= :now', { now })
      .take(limit)
      .getMany();
  }

  /** A new share, always a draft; the first entry of its audit trail. */
  async createDraft(manager: EntityManager, share: Share, actorId: string): Promise<Share> {
    const draft: Share = { ...share, status: 'draft' };
    await manager.getRepository(Share).insert(draft);
    await this.audit(manager, draft, { actorId, action: 'create', fromStatus: null, toStatus: 'draft', at: draft.createdAt });
    return draft;
  }

  /**
   * The only way a share's status changes. The state machine's table names the next status
   * for this event (an illegal move throws `IllegalShareTransitionError`), and the
   * conditional update moves the share only from the state it was read in, so it loses
   * cleanly to a concurrent change (an edit racing the dispatcher, two tabs) with
   * `ShareChangedConcurrently` instead of overwriting it. Every move writes an audit entry;
   * given `audits`, the entry joins that list instead, for the caller to write with the others
   * of its batch in one statement (`insertAudits`) before its transaction ends.
   */
  async transition(manager: EntityManager, share: Share, event: ShareEventInput, changes: ShareChanges, audit: TransitionAudit, audits?: ShareAuditEntry[]): Promise<Share> {
    const from = share.status as ShareStatus;
    const to = transition(from, event);
    const result = await manager
      .getRepository(Share)
      .createQueryBuilder()
      .update()
      .set({ ...changes, status: to, updatedAt: audit.at })
      .where('id = :id AND status = :from AND "updatedAt" = :updatedAt', { id: share.id, from, updatedAt: share.updatedAt })
      .execute();
    if (!result.affected) throw new ShareChangedConcurrently(share.id);
    const action = audit.action ?? (typeof event === 'string' ? event : event.type);
    const entry = auditEntry(share, { actorId: audit.actorId, action, detail: audit.detail, at: audit.at, fromStatus: from, toStatus: to });
    if (audits) audits.push(entry);
    else await this.insertAudits(manager, [entry]);
    return { ...share, ...changes, status: to, updatedAt: audit.at };
  }

  /**
   * The dispatcher's claim, in the caller's transaction: due `scheduled` shares and
   * `publishing` shares whose lease ran out, oldest first, each moved to `publishing` (`claim`,
   * or `reclaim` past its lease) with a new attempt id and lease. Several dispatchers may run
   * at once: on PostgreSQL each takes rows no other one has locked (`FOR UPDATE SKIP LOCKED`).
   */
  async claimDueForDispatch(manager: EntityManager, options: DispatchOptions): Promise<DispatchClaim[]> {
    const { now } = options;
    const query = manager
      .getRepository(Share)
      .createQueryBuilder('share')
      .where(
        new Brackets((due) =>
          due
            .where("share.status = 'scheduled' AND share.scheduledAt <= :now", { now })
            .orWhere("share.status = 'publishing' AND share.leaseExpiresAt <= :now", { now }),
        ),
      )
      // Demo history is never published (docs/operations.md, "The demo organisation").
      .andWhere('share.demo = :demo', { demo: false })
      .orderBy('share.scheduledAt', 'ASC')
      .take(options.limit);
    if (isPostgres(manager)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    const due = await query.getMany();
    const publishedToday = await this.publishedTodayByConnection(manager, due, now);
    const claims: DispatchClaim[] = [];
    const audits: ShareAuditEntry[] = [];
    for (const share of due) {
      const reclaim = share.status === 'publishing';
      if (!reclaim && (publishedToday.get(share.connectionId) ?? 0) >= options.dailyLimitOf(share.network)) continue;
      const attemptId = randomUUID();
      const attempts = share.attempts + 1;
      await this.transition(
        manager,
        share,
        reclaim ? 'reclaim' : 'claim',
        {
          attemptId,
          leaseExpiresAt: new Date(now.getTime() + options.leaseMs),
          attempts,
          // A lapsed lease means a worker died mid-attempt: its request may have gone out.
          outcomeUnknown: share.outcomeUnknown || reclaim,
        },
        { actorId: null, at: now, detail: { attemptId, attempt: attempts } },
        audits,
      );
      publishedToday.set(share.connectionId, (publishedToday.get(share.connectionId) ?? 0) + 1);
      claims.push({ shareId: share.id, attemptId });
    }
    await this.insertAudits(manager, audits);
    return claims;
  }

  /**
   * Recorded before a request goes out, so that the next attempt looks for the post first;
   * false when the attempt is no longer current (it must not send).
   */
  async markOutcomeUnknown(manager: EntityManager, shareId: string, attemptId: string): Promise<boolean> {
    const result = await manager
      .getRepository(Share)
      .createQueryBuilder()
      .update()
      .set({ outcomeUnknown: true })
      .where("id = :id AND status = 'publishing' AND \"attemptId\" = :attemptId", { id: shareId, attemptId })
      .execute();
    return Boolean(result.affected);
  }

  /** Posts per connection since UTC midnight (LinkedIn's counting), attempts in flight included. */
  private async publishedTodayByConnection(manager: EntityManager, shares: Share[], now: Date): Promise<Map<string, number>> {
    const ids = [...new Set(shares.map((s) => s.connectionId))];
    const counts = new Map<string, number>();
    if (ids.length === 0) return counts;
    const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const rows = await manager
      .getRepository(Share)
      .createQueryBuilder('share')
      .select('share.connectionId', 'connectionId')
      .addSelect('COUNT(*)', 'count')
      .where('share.connectionId IN (:...ids)', { ids })
      // Served by shares_connection_published_idx (connectionId, status, publishedAt).
      .andWhere("((share.status = 'published' AND share.publishedAt >= :midnight) OR share.status = 'publishing')", { midnight })
      .groupBy('share.connectionId')
      .getRawMany<{ connectionId: string; count: string | number }>();
    for (const row of rows) counts.set(row.connectionId, Number(row.count));
    return counts;
  }

  private async audit(manager: EntityManager, share: Pick<Share, 'id' | 'organizationId'>, input: AuditInput): Promise<void> {
    await this.insertAudits(manager, [auditEntry(share, input)]);
  }

  /** Audit entries in one statement (at most a few hundred: a dispatcher claim's). */
  private async insertAudits(manager: EntityManager, entries: ShareAuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.createQueryBuilder().insert().into(ShareAuditEntry).values(entries as never[]).execute();
  }

  listAudit(organizationId: string, shareId: string | undefined, limit: number): Promise<ShareAuditEntry[]> {
    return this.dataSource.getRepository(ShareAuditEntry).find({
      where: shareId ? { organizationId, shareId } : { organizationId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  countNotCancelled(postId: string): Promise<number> {
    return this.dataSource.getRepository(Share).countBy({ postId, status: Not('cancelled') });
  }
}

function auditEntry(share: Pick<Share, 'id' | 'organizationId'>, input: AuditInput): ShareAuditEntry {
  return {
    id: randomUUID(),
    organizationId: share.organizationId,
    shareId: share.id,
    actorId: input.actorId,
    action: input.action,
    fromStatus: input.fromStatus,
    toStatus: input.toStatus,
    detail: input.detail ?? null,
    createdAt: input.at,
  };
}

function isPostgres(manager: EntityManager): boolean {
  return manager.connection.options.type === 'postgres';
}
