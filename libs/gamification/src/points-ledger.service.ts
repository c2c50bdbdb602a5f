import { Clock } from '@chorus/config';
import { Organization } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { BadgesService } from './badges.service';
import { isEarningKind, PointEventKind } from './entities/point-event.entity';
import { Period, PERIODS } from './entities/point-total.entity';
import { periodKeysAt } from './period-keys';
import { eventKey, LedgerRepository, TotalChange, totalKey } from './ledger.repository';

export interface Award {
  organizationId: string;
  userId: string;
  kind: PointEventKind;
  /** With user and kind, identifies what earned the points: the same source is awarded once. */
  source: string;
  points: number;
  occurredAt: Date;
  shareId?: string | null;
  detail?: Record<string, unknown> | null;
}

/** The balance does not cover a debit; the whole transaction is rolled back. */
export class InsufficientPointsError extends Error {
  constructor(
    readonly balance: number,
    readonly needed: number,
  ) {
    super(`The balance of ${balance} point(s) does not cover ${needed}.`);
    this.name = 'InsufficientPointsError';
  }
}

/**
 * The only writer of the ledger and everything derived from it. `record` runs inside the
 * caller's transaction and, for the events it really inserts (a duplicate inserts nothing and
 * changes nothing), updates the period totals, the running contests' entries, the score
 * counts behind ranks, the balance and badges. Rows are always locked in the same order —
 * users, ledger, totals, contest entries, balances, badges, score counts, each sorted — so
 * concurrent awards on PostgreSQL wait for each other instead of deadlocking.
 */
@Injectable()
export class PointsLedger {
  constructor(
    private readonly repository: LedgerRepository,
    private readonly badges: BadgesService,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, organization: Pick<Organization, 'id' | 'timezone'>, awards: Award[]): Promise<Award[]> {
    if (awards.length === 0) return [];
    const now = this.clock.now();
    const awardees = await this.repository.lockAwardees(manager, awards.map((a) => a.userId));
    for (const award of awards) {
      const awardee = awardees.get(award.userId);
      if (award.organizationId !== organization.id || awardee?.organizationId !== organization.id) {
        throw new Error(`Points for user ${award.userId} must be recorded in their own organisation.`);
      }
      if (!Number.isInteger(award.points)) throw new Error(`Points are whole numbers; got ${award.points} for ${award.kind} ${award.source}.`);
    }

    const unique = [...new Map(awards.map((a) => [eventKey(a), a])).values()];
    const sorted = unique.sort((a, b) => compareKeys([a.userId, a.kind, a.source], [b.userId, b.kind, b.source]));
    const inserted = await this.repository.insertEvents(
      manager,
      sorted.map((award) => ({
        id: randomUUID(),
        organizationId: award.organizationId,
        userId: award.userId,
        kind: award.kind,
        source: award.source,
        points: award.points,
        shareId: award.shareId ?? null,
        detail: award.detail ?? null,
        occurredAt: award.occurredAt,
        createdAt: now,
      })),
    );
    const written = sorted.filter((award) => inserted.has(eventKey(award)));
    if (written.length === 0) return written;

    const earned = written.filter((a) => isEarningKind(a.kind) && a.points > 0);
    const changes = this.totalChanges(earned, organization.timezone, awardees);
    const totals = await this.repository.addToTotals(manager, changes);
    const scoreChanges = new Map<string, { organizationId: string; period: Period; periodKey: string; points: number; delta: number }>();
    const countScore = (change: TotalChange, points: number, delta: number) => {
      const key = JSON.stringify([change.period, change.periodKey, points]);
      const entry = scoreChanges.get(key) ?? { organizationId: change.organizationId, period: change.period, periodKey: change.periodKey, points, delta: 0 };
      entry.delta += delta;
      scoreChanges.set(key, entry);
    };
    for (const change of changes) {
      const total = totals.get(totalKey(change))!;
      if (!total.visible) continue;
      const before = total.points - change.delta;
      if (before > 0) countScore(change, before, -1);
      countScore(change, total.points, +1);
    }
    await this.addToContests(manager, organization.id, earned.filter((a) => a.kind !== 'contest_bonus'));
    await this.applyBalances(manager, written, now);
    const shared = new Map<string, Date[]>();
    for (const award of written.filter((a) => a.kind === 'share_published')) shared.set(award.userId, [...(shared.get(award.userId) ?? []), award.occurredAt]);
    await this.badges.checkAfterShares(manager, organization, shared);
    // Last: many people share the same few scores, so these rows are the most contended;
    // taking their locks just before commit keeps the wait for them short.
    await this.repository.adjustScoreCounts(
      manager,
      [...scoreChanges.values()].filter((c) => c.delta !== 0).sort((a, b) => compareKeys([a.period, a.periodKey, a.points], [b.period, b.periodKey, b.points])),
    );
    return written;
  }

  /**
   * Keeps the user's totals and the score counts in step with their leaderboard settings.
   * Runs in the transaction that changed the user (identity's lifecycle listeners).
   */
  async syncVisibility(manager: EntityManager, userId: string): Promise<void> {
    const visible = await this.repository.visibilityOf(manager, userId);
    if (visible === null) return;
    const changed = await this.repository.setVisibility(manager, userId, visible);
    await this.repository.adjustScoreCounts(
      manager,
      changed
        .sort((a, b) => compareKeys([a.period, a.periodKey, a.points], [b.period, b.periodKey, b.points]))
        .map((row) => ({ organizationId: row.organizationId, period: row.period, periodKey: row.periodKey, points: row.points, delta: visible ? 1 : -1 })),
    );
  }

  private totalChanges(earned: Award[], timezone: string, awardees: Map<string, { visible: boolean }>): TotalChange[] {
    const changes = new Map<string, TotalChange>();
    for (const award of earned) {
      const keys = periodKeysAt(award.occurredAt, timezone);
      for (const period of PERIODS) {
        const id = JSON.stringify([award.userId, period, keys[period]]);
        const change = changes.get(id) ?? {
          organizationId: award.organizationId,
          userId: award.userId,
          period,
          periodKey: keys[period],
          delta: 0,
          reachedAt: award.occurredAt,
          visible: awardees.get(award.userId)?.visible ?? false,
        };
        change.delta += award.points;
        if (award.occurredAt > change.reachedAt) change.reachedAt = award.occurredAt;
        changes.set(id, change);
      }
    }
    return [...changes.values()].sort((a, b) => compareKeys([a.userId, a.period, a.periodKey], [b.userId, b.period, b.periodKey]));
  }

  private async addToContests(manager: EntityManager, organizationId: string, earned: Award[]): Promise<void> {
    if (earned.length === 0) return;
    const entries = new Map<string, { contestId: string; userId: string; organizationId: string; delta: number; reachedAt: Date }>();
    // One read for the whole batch: the open contests covering any of its times, each award then counting in those covering its own.
    const times = earned.map((a) => a.occurredAt.getTime());
    const contests = await this.repository.openContestsOverlapping(manager, organizationId, new Date(Math.min(...times)), new Date(Math.max(...times)));
    for (const award of earned) {
      for (const contest of contests.filter((c) => c.startsAt <= award.occurredAt && c.endsAt > award.occurredAt)) {
        const id = JSON.stringify([contest.id, award.userId]);
        const entry = entries.get(id) ?? { contestId: contest.id, userId: award.userId, organizationId, delta: 0, reachedAt: award.occurredAt };
        entry.delta += award.points;
        if (award.occurredAt > entry.reachedAt) entry.reachedAt = award.occurredAt;
        entries.set(id, entry);
      }
    }
    await this.repository.addToContestEntries(
      manager,
      [...entries.values()].sort((a, b) => compareKeys([a.contestId, a.userId], [b.contestId, b.userId])),
    );
  }

  private async applyBalances(manager: EntityManager, written: Award[], now: Date): Promise<void> {
    const net = new Map<string, { organizationId: string; points: number }>();
    for (const award of written) {
      const entry = net.get(award.userId) ?? { organizationId: award.organizationId, points: 0 };
      entry.points += award.points;
      net.set(award.userId, entry);
    }
    const sorted = [...net.entries()].sort(([a], [b]) => compareKeys([a], [b]));
    await this.repository.creditBalances(
      manager,
      sorted.filter(([, n]) => n.points > 0).map(([userId, n]) => ({ userId, organizationId: n.organizationId, points: n.points })),
      now,
    );
    for (const [userId, { points }] of sorted.filter(([, n]) => n.points < 0)) {
      if (!(await this.repository.debitBalance(manager, userId, -points, now))) throw new InsufficientPointsError(await this.repository.balanceOf(userId), -points);
    }
  }
}

function compareKeys(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}
