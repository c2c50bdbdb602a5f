import { Clock } from '@chorus/config';
import { AuthUser, IdentityRepository } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { mapPointEvent, MyPointsResponse } from './gamification-responses';
import { periodKeysAt } from './period-keys';
import { LeaderboardRepository } from './leaderboard.repository';
import { LedgerRepository } from './ledger.repository';

/** The caller's own points: balance, what they earned this month and quarter, and their ledger. */
@Injectable()
export class PointsService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly totals: LeaderboardRepository,
    private readonly identity: IdentityRepository,
    private readonly clock: Clock,
  ) {}

  async mine(actor: AuthUser, limit = 50): Promise<MyPointsResponse> {
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const keys = periodKeysAt(this.clock.now(), organization.timezone);
    const [balance, totals, events] = await Promise.all([
      this.ledger.balanceOf(actor.id),
      this.totals.totalsOf(actor.id, [
        { period: 'all', periodKey: keys.all },
        { period: 'month', periodKey: keys.month },
        { period: 'quarter', periodKey: keys.quarter },
      ]),
      this.ledger.recentEvents(actor.organizationId, actor.id, limit),
    ]);
    const total = (period: string) => totals.find((t) => t.period === period)?.points ?? 0;
    return {
      balance,
      totals: { all: total('all'), month: total('month'), quarter: total('quarter') },
      periodKeys: { month: keys.month, quarter: keys.quarter },
      events: events.map(mapPointEvent),
    };
  }
}
