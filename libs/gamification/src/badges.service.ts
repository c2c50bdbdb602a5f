import { Clock } from '@chorus/config';
import { OutboxRelay, Transactions } from '@chorus/db';
import { AuthUser, Organization } from '@chorus/identity';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BadgeCode, hasStreak, MONTHLY_TOP, shareCountBadges, STREAK_WEEKS } from './badges';
import { BadgeResponse, mapBadges } from './gamification-responses';
import { monthKey, periodRange, previousPeriodKey, weekNumber, weekStart } from './period-keys';
import { POINTS_CONSUMER } from './points-consumer';
import { BadgesRepository } from './badges.repository';
import { LeaderboardRepository } from './leaderboard.repository';
import { LedgerRepository } from './ledger.repository';
import { rankInOrder } from './ranking';

/** How long a period's close waits for points earned before its end that are still queued. */
export const CLOSE_WAIT_MS = 3600_000;

@Injectable()
export class BadgesService {
  private readonly logger = new Logger('Badges');

  constructor(
    private readonly repository: BadgesRepository,
    private readonly ledger: LedgerRepository,
    private readonly boards: LeaderboardRepository,
    private readonly relay: OutboxRelay,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Every badge, with when the caller earned it (null while not yet earned). */
  async mine(actor: AuthUser): Promise<BadgeResponse[]> {
    return mapBadges(await this.repository.badgesOf(actor.organizationId, actor.id));
  }

  /**
   * After published shares are written (at these times): first share, ten shares, a
   * four-week streak around any of them.
   */
  async checkAfterShare(manager: EntityManager, organization: Pick<Organization, 'id' | 'timezone'>, userId: string, sharedAt: Date[]): Promise<BadgeCode[]> {
    if (sharedAt.length === 0) return [];
    const occurredAt = sharedAt.reduce((latest, at) => (at > latest ? at : latest));
    const held = await this.repository.badgeCodesOf(manager, userId);
    const earned: BadgeCode[] = [];
    if (!held.has('first_share') || !held.has('ten_shares')) {
      const count = await this.ledger.countEventsOfKind(manager, userId, 'share_published');
      earned.push(...shareCountBadges(count).filter((code) => !held.has(code)));
    }
    if (!held.has('four_week_streak')) {
      // Any run of four weeks that includes one of these shares' weeks (events may arrive out of order).
      for (const week of [...new Set(sharedAt.map((at) => weekNumber(at, organization.timezone)))]) {
        const from = weekStart(week - (STREAK_WEEKS - 1), organization.timezone);
        const to = weekStart(week + STREAK_WEEKS, organization.timezone);
        const times = await this.ledger.eventTimesBetween(manager, userId, 'share_published', from, to);
        if (hasStreak(times.map((t) => weekNumber(t, organization.timezone)))) {
          earned.push('four_week_streak');
          break;
        }
      }
    }
    const awarded: BadgeCode[] = [];
    for (const badge of earned) {
      const inserted = await this.repository.insertBadge(manager, {
        organizationId: organization.id,
        userId,
        badge,
        awardedAt: this.clock.now(),
        detail: { earnedAt: occurredAt.toISOString() },
      });
      if (inserted) awarded.push(badge);
    }
    return awarded;
  }

  /**
   * The scheduled close of each organisation's previous month: its top 10 (as the month's
   * leaderboard shows them, ties included) get the monthly badge. Once per organisation and
   * month, however many workers run it; it waits until the month's published shares are
   * counted (at most an hour).
   */
  async closeMonths(): Promise<number> {
    const now = this.clock.now();
    let closed = 0;
    for (const organization of await this.repository.listOrganizations()) {
      const key = previousPeriodKey('month', monthKey(now, organization.timezone));
      const range = periodRange('month', key, organization.timezone)!;
      if (organization.createdAt >= range.endsAt || (await this.repository.isPeriodClosed(organization.id, 'month', key))) continue;
      if (now.getTime() < range.endsAt.getTime() + CLOSE_WAIT_MS && (await this.relay.hasPendingBefore(POINTS_CONSUMER, range.endsAt))) continue;
      const awarded = await this.transactions.run(async (manager) => {
        if (!(await this.repository.claimPeriodClosing(manager, organization.id, 'month', key, now))) return null;
        const top = rankInOrder(await this.boards.topOfBoard({ organizationId: organization.id, period: 'month', periodKey: key }, 100));
        let count = 0;
        for (const entry of top.filter((e) => e.rank <= MONTHLY_TOP)) {
          const inserted = await this.repository.insertBadge(manager, {
            organizationId: organization.id,
            userId: entry.userId,
            badge: 'monthly_top_10',
            awardedAt: now,
            detail: { month: key, rank: entry.rank, points: entry.points },
          });
          if (inserted) count++;
        }
        return count;
      });
      if (awarded === null) continue;
      closed++;
      if (awarded > 0) this.logger.log(`Closed ${key} for organisation ${organization.id}: ${awarded} top-10 badge(s).`);
    }
    return closed;
  }
}
