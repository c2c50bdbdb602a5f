import { fieldProblem, userMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { OutboxRelay, OutboxRepository, Transactions } from '@chorus/db';
import { AuthUser, IdentityRepository, requireRole, Role } from '@chorus/identity';
import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CLOSE_WAIT_MS } from './badges.service';
import { CONTEST_CLOSED, CONTEST_STARTED, ContestClosedEvent, ContestStartedEvent } from './contest-events';
import { ContestsRepository } from './contests.repository';
import { Contest, ContestResults, ContestWinner } from './entities/contest.entity';
import { CreateContestDto } from './gamification.dto';
import { ContestResponse, mapContest } from './gamification-responses';
import { endOfLocalDate, startOfLocalDate } from './period-keys';
import { PointsLedger } from './points-ledger.service';
import { prizePoints } from './points-rules';
import { POINTS_CONSUMER } from './points-consumer';
import { PointsRulesService } from './points-rules.service';
import { rankInOrder, rankStandings } from './ranking';

const STANDINGS_LIMIT = 10;

/**
 * Contests over a period in the organisation's timezone. Points earned inside the period
 * (shares, own words, clicks, engagement; not other contests' bonuses) count, by people in
 * the contest's scope who appear on leaderboards — a contest's results are a board too.
 * When it ends a scheduled job closes it exactly once, in one transaction: it ranks the
 * participants from the ledger, awards the prizes' bonus points and stores the results.
 * Ties share a place and its prize (competition ranking: 1, 1, 3). Starting and closing write
 * `contest.started` and `contest.closed` to the outbox (notifications and chat hear of them).
 */
@Injectable()
export class ContestsService {
  private readonly logger = new Logger('Contests');

  constructor(
    private readonly repository: ContestsRepository,
    private readonly relay: OutboxRelay,
    private readonly outbox: OutboxRepository,
    private readonly identity: IdentityRepository,
    private readonly ledger: PointsLedger,
    private readonly rules: PointsRulesService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser): Promise<ContestResponse[]> {
    return (await this.repository.listContests(actor.organizationId)).map((c) => mapContest(c));
  }

  async get(actor: AuthUser, id: string): Promise<ContestResponse> {
    const contest = await this.repository.findContest(actor.organizationId, id);
    if (!contest) throw new NotFoundException(userMessage('contest.notFound'));
    if (contest.status !== 'open') return mapContest(contest);
    return mapContest(contest, await this.standings(actor, contest));
  }

  async create(actor: AuthUser, dto: CreateContestDto): Promise<ContestResponse> {
    requireRole(actor, [Role.Admin], 'action.createContests');
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const timezone = organization.timezone;
    const startsAt = startOfLocalDate(dto.startsOn, timezone);
    if (!startsAt) throw new BadRequestException(fieldProblem('startsOn', 'validation.notADate', { value: dto.startsOn }));
    const endsAt = endOfLocalDate(dto.endsOn, timezone);
    if (!endsAt) throw new BadRequestException(fieldProblem('endsOn', 'validation.notADate', { value: dto.endsOn }));
    if (dto.endsOn < dto.startsOn) throw new BadRequestException(fieldProblem('endsOn', 'validation.onOrAfter', { otherField: 'startsOn' }));
    const now = this.clock.now();
    if (endsAt <= now) throw new BadRequestException(fieldProblem('endsOn', 'contest.endsInPast', { value: dto.endsOn, timezone }));
    const scope = dto.scope ?? 'organization';
    if (scope === 'team' && !dto.teamId) throw new BadRequestException(fieldProblem('teamId', 'contest.teamRequired'));
    if (scope === 'organization' && dto.teamId) throw new BadRequestException(fieldProblem('teamId', 'contest.teamOnlyForTeamScope'));
    if (dto.teamId && !(await this.identity.findTeamInOrganization(actor.organizationId, dto.teamId))) {
      throw new BadRequestException(fieldProblem('teamId', 'team.unknownIds', { ids: dto.teamId }));
    }
    const rules = await this.rules.rulesOf(actor.organizationId);
    const contest: Contest = {
      id: randomUUID(),
      organizationId: actor.organizationId,
      name: dto.name,
      description: dto.description?.trim() || null,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      timezone,
      startsAt,
      endsAt,
      scope,
      teamId: dto.teamId ?? null,
      minPoints: dto.minPoints ?? 0,
      prizes: (dto.prizes ?? []).map((prize, index) => ({ rank: index + 1, title: prize.title, points: prizePoints(rules, index + 1, prize.points) })),
      status: 'open',
      results: null,
      closedAt: null,
      startAnnouncedAt: startsAt <= now ? now : null,
      createdById: actor.id,
      createdAt: now,
    };
    await this.transactions.run(async (manager) => {
      await this.repository.insertContest(manager, contest);
      if (startsAt < now) await this.repository.backfillEntries(manager, contest);
      if (contest.startAnnouncedAt) await this.appendStarted(manager, contest, now);
    });
    return mapContest(contest);
  }

  /**
   * The scheduled job's first half: announces contests whose period has begun (created ahead
   * of time). Each is claimed by a conditional update, so it is announced once.
   */
  async announceStarted(limit = 50): Promise<number> {
    const now = this.clock.now();
    let announced = 0;
    for (const contest of await this.repository.openContestsStartedUnannounced(now, limit)) {
      const claimed = await this.transactions.run(async (manager) => {
        if (!(await this.repository.markStartAnnounced(manager, contest, now))) return false;
        await this.appendStarted(manager, contest, now);
        return true;
      });
      if (claimed) announced++;
    }
    return announced;
  }

  private appendStarted(manager: EntityManager, contest: Contest, at: Date): Promise<void> {
    const payload: ContestStartedEvent = {
      contestId: contest.id,
      organizationId: contest.organizationId,
      name: contest.name,
      scope: contest.scope,
      teamId: contest.teamId,
      startsAt: contest.startsAt.toISOString(),
      endsAt: contest.endsAt.toISOString(),
    };
    return this.outbox.append(manager, { type: CONTEST_STARTED, organizationId: contest.organizationId, dedupeKey: contest.id, payload, at });
  }

  /**
   * The scheduled job: closes every contest whose period is over. It waits (at most an hour)
   * while shares published before the end are still being counted. Safe to run twice or on
   * several workers at once: closing is a conditional update, so one run wins.
   */
  async closeDue(limit = 20): Promise<number> {
    const now = this.clock.now();
    let closed = 0;
    for (const contest of await this.repository.openContestsEndedBy(now, limit)) {
      const waited = now.getTime() >= contest.endsAt.getTime() + CLOSE_WAIT_MS;
      if (!waited && (await this.relay.hasPendingBefore(POINTS_CONSUMER, contest.endsAt))) continue;
      if (await this.close(contest)) closed++;
    }
    return closed;
  }

  /** Closes one contest; false when it was closed already. */
  async close(contest: Contest): Promise<boolean> {
    const now = this.clock.now();
    const organization = (await this.identity.findOrganization(contest.organizationId))!;
    const results = await this.transactions.run(async (manager) => {
      if (!(await this.repository.markClosed(manager, contest, now))) return null;
      const all = await this.repository.standingsFromLedger(manager, contest);
      const names = await this.repository.eligibleUsers(contest, all.filter((s) => s.points > 0).map((s) => s.userId));
      const participants = all.filter((s) => names.has(s.userId));
      const qualified = rankStandings(participants.filter((s) => s.points >= Math.max(1, contest.minPoints)));
      const winners: ContestWinner[] = qualified
        .filter((s) => s.rank <= contest.prizes.length)
        .map((s) => {
          const prize = contest.prizes[s.rank - 1];
          return { rank: s.rank, userId: s.userId, name: names.get(s.userId)!, points: s.points, prize: prize.title, bonusPoints: prize.points };
        });
      await this.ledger.record(
        manager,
        organization,
        winners
          .filter((w) => w.bonusPoints > 0)
          .map((w) => ({
            organizationId: contest.organizationId,
            userId: w.userId,
            kind: 'contest_bonus' as const,
            source: `contest:${contest.id}`,
            points: w.bonusPoints,
            occurredAt: now,
            detail: { contestId: contest.id, contestName: contest.name, rank: w.rank, prize: w.prize },
          })),
      );
      const results: ContestResults = { participants: participants.length, qualified: qualified.length, winners };
      await this.repository.saveResults(manager, contest.id, results);
      const closed: ContestClosedEvent = {
        contestId: contest.id,
        organizationId: contest.organizationId,
        name: contest.name,
        scope: contest.scope,
        teamId: contest.teamId,
        participants: results.participants,
        winners,
      };
      await this.outbox.append(manager, { type: CONTEST_CLOSED, organizationId: contest.organizationId, dedupeKey: contest.id, payload: closed, at: now });
      return results;
    });
    if (!results) return false;
    this.logger.log(`Closed contest "${contest.name}" (${contest.id}): ${results.winners.length} winner(s) of ${results.qualified} qualified.`);
    return true;
  }

  private async standings(actor: AuthUser, contest: Contest): Promise<NonNullable<ContestResponse['standings']>> {
    const top = rankInOrder(await this.repository.topEntries(contest, STANDINGS_LIMIT));
    const entries = top.map((e) => ({ rank: e.rank, userId: e.userId, name: e.name, points: e.points }));
    const own = await this.repository.entryOf(contest.id, actor.id);
    if (!own || own.points <= 0) return { entries, me: { rank: null, points: own?.points ?? 0 } };
    const listed = entries.find((e) => e.userId === actor.id);
    if (listed) return { entries, me: { rank: listed.rank, points: own.points } };
    if (!(await this.repository.isEligible(contest, actor.id))) return { entries, me: { rank: null, points: own.points } };
    return { entries, me: { rank: 1 + (await this.repository.entriesAhead(contest, own.points)), points: own.points } };
  }
}
