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
   * After published shares are written (each user's at these times): first share, ten shares,
   * a four-week streak around any of them. One read of each kind and one insert for all the
   * users together; returns each user's new badges.
   */
  async checkAfterShares(manager: EntityManager, organization: Pick<Organization, 'id' | 'timezone'>, sharedAt: Map<string, Date[]>): Promise<Map<string, BadgeCode[]>> {
    const awarded = new Map<string, BadgeCode[]>();
    const users = [...sharedAt.keys()].filter((userId) => sharedAt.get(userId)!.length > 0).sort();
    if (users.length === 0) return awarded;
    const { timezone } = organization;
    const heldBy = await this.repository.badgeCodesOfUsers(manager, users);
    const held = (userId: string) => heldBy.get(userId) ?? new Set<string>();
    const counting = users.filter((userId) => !held(userId).has('first_share') || !held(userId).has('ten_shares'));
    const counts = await this.ledger.countEventsOfKindByUser(manager, counting, 'share_published');
    // Any run of four weeks that includes one of these shares' weeks (events may arrive out of order).
    const windows = new Map(
      users
        .filter((userId) => !held(userId).has('four_week_streak'))
        .map((userId) => [
          userId,
          [...new Set(sharedAt.get(userId)!.map((at) => weekNumber(at, timezone)))].map((week) => ({
            from: weekStart(week - (STREAK_WEEKS - 1), timezone),
            to: weekStart(week + STREAK_WEEKS, timezone),
          })),
        ]),
    );
    const spans = [...windows.values()].flat();
    const times =
      spans.length === 0
        ? new Map<string, Date[]>()
        : await this.ledger.eventTimesBetweenByUser(
            manager,
            [...windows.keys()],
            'share_published',
            new Date(Math.min(...spans.map((w) => w.from.getTime()))),
            new Date(Math.max(...spans.map((w) => w.to.getTime()))),
          );
    const now = this.clock.now();
    const badges: { organizationId: string; userId: string; badge: BadgeCode; awardedAt: Date; detail: Record<string, unknown> }[] = [];
    for (const userId of users) {
      const earned: BadgeCode[] = [];
      if (counting.includes(userId)) earned.push(...shareCountBadges(counts.get(userId) ?? 0).filter((code) => !held(userId).has(code)));
      const streak = (windows.get(userId) ?? []).some(({ from, to }) =>
        hasStreak((times.get(userId) ?? []).filter((t) => t >= from && t < to).map((t) => weekNumber(t, timezone))),
      );
      if (streak) earned.push('four_week_streak');
      const occurredAt = sharedAt.get(userId)!.reduce((latest, at) => (at > latest ? at : latest));
      for (const badge of [...earned].sort()) badges.push({ organizationId: organization.id, userId, badge, awardedAt: now, detail: { earnedAt: occurredAt.toISOString() } });
    }
    const inserted = await this.repository.insertBadges(manager, badges);
    for (const { userId, badge } of badges) if (inserted.has(`${userId} ${badge}`)) awarded.set(userId, [...(awarded.get(userId) ?? []), badge]);
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
