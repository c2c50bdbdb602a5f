import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { EngagementSnapshot } from './engagement-snapshot.entity';
import { EngagementTracking, EngagementTrackingStatus } from './engagement-tracking.entity';

/** What a finished read or a failed try changes on the schedule. */
export interface TrackingUpdate {
  status: EngagementTrackingStatus;
  slotAt: Date;
  nextReadAt: Date;
  failures: number;
  lastError: string | null;
  lastReadAt?: Date;
}

/** Engagement snapshots and the read schedule of each published share. */
@Injectable()
export class EngagementRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Starts tracking a share; a second call for the same share changes nothing. */
  /** Schedules the reads of these shares in one statement; a share already tracked keeps its schedule. */
  async startTracking(manager: EntityManager, tracking: EngagementTracking[]): Promise<void> {
    if (tracking.length === 0) return;
    await manager.createQueryBuilder().insert().into(EngagementTracking).values(tracking).orIgnore().execute();
  }

  /**
   * Claims up to `limit` due reads, oldest first, by moving their `nextReadAt` to the lease's
   * end (PostgreSQL: rows another worker holds are skipped). Returns the rows as they were.
   */
  async claimDue(manager: EntityManager, now: Date, limit: number, leaseUntil: Date, claimId: string): Promise<EngagementTracking[]> {
    const query = manager
      .getRepository(EngagementTracking)
      .createQueryBuilder('tracking')
      .where("tracking.status = 'tracking' AND tracking.nextReadAt <= :now", { now })
      .orderBy('tracking.nextReadAt', 'ASC')
      .take(limit);
    if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write').setOnLocked('skip_locked');
    const due = await query.getMany();
    if (due.length > 0) {
      await manager.getRepository(EngagementTracking).update({ shareId: In(due.map((row) => row.shareId)) }, { nextReadAt: leaseUntil, claimId });
    }
    return due;
  }

  /**
   * Updates the schedule of a read this worker claimed; false when the claim was lost (its
   * lease ran out and another worker took the read over), and nothing changes.
   */
  async updateClaimed(manager: EntityManager, shareId: string, claimId: string, update: TrackingUpdate): Promise<boolean> {
    const result = await manager.getRepository(EngagementTracking).update({ shareId, claimId }, { ...update, claimId: null });
    return Boolean(result.affected);
  }

  async insertSnapshot(manager: EntityManager, snapshot: EngagementSnapshot): Promise<void> {
    await manager.getRepository(EngagementSnapshot).insert(snapshot);
  }

  /** The highest reactions + comments + reshares any earlier snapshot of the share showed (0 without one). */
  async highestInteractions(manager: EntityManager, shareId: string): Promise<number> {
    const row = await manager
      .getRepository(EngagementSnapshot)
      .createQueryBuilder('snapshot')
      .select('MAX(snapshot.reactions + snapshot.comments + snapshot.reshares)', 'highest')
      .where('snapshot.shareId = :shareId', { shareId })
      .getRawOne<{ highest: number | string | null }>();
    return Number(row?.highest ?? 0);
  }

  /** A share's snapshots, oldest first. */
  snapshotsOf(organizationId: string, shareId: string): Promise<EngagementSnapshot[]> {
    return this.dataSource.getRepository(EngagementSnapshot).find({ where: { organizationId, shareId }, order: { capturedAt: 'ASC', id: 'ASC' } });
  }

  /** The newest snapshot of a share, if any. */
  latestOf(organizationId: string, shareId: string): Promise<EngagementSnapshot | null> {
    return this.dataSource.getRepository(EngagementSnapshot).findOne({ where: { organizationId, shareId }, order: { capturedAt: 'DESC', id: 'DESC' } });
  }

  trackingOf(organizationId: string, shareId: string): Promise<EngagementTracking | null> {
    return this.dataSource.getRepository(EngagementTracking).findOneBy({ organizationId, shareId });
  }

  /** Whether any read is due at `now` (tests and operators wait for none). */
  async hasDue(now: Date): Promise<boolean> {
    return (await this.dataSource.getRepository(EngagementTracking).countBy({ status: 'tracking', nextReadAt: LessThanOrEqual(now) })) > 0;
  }
}
