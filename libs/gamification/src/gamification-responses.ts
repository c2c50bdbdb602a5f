import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BADGES } from './badges';
import { Contest, ContestPrize, ContestResults, ContestScope, ContestStatus, ContestWinner } from './entities/contest.entity';
import { POINT_EVENT_KINDS, PointEvent, PointEventKind } from './entities/point-event.entity';
import { Period, PERIODS } from './entities/point-total.entity';
import { Redemption, REDEMPTION_STATUSES } from './entities/redemption.entity';
import { Reward } from './entities/reward.entity';
import { UserBadge } from './entities/user-badge.entity';
import { PointsRules } from './points-rules';

// Response classes: their decorators describe the answers in the OpenAPI document, from which
// the web app's types are generated. The mappers below build them as plain objects.

const CONTEST_SCOPES: readonly ContestScope[] = ['organization', 'team'];
const CONTEST_STATUSES: readonly ContestStatus[] = ['open', 'closed'];

export class LeaderboardEntry {
  @ApiProperty() rank!: number;
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() points!: number;
}

export class LeaderboardMe {
  @ApiProperty({ type: Number, nullable: true, description: 'Null when the caller is not on this board: opted out, excluded, not a member, or no points in the period.' })
  rank!: number | null;
  @ApiProperty({ description: "The caller's own points in the period, shown even when they are not on the board." })
  points!: number;
}

export class LeaderboardResponse {
  @ApiProperty({ enum: PERIODS, enumName: 'Period' }) period!: Period;
  @ApiProperty({ example: '2026-04' }) periodKey!: string;
  @ApiProperty({ type: String, nullable: true }) teamId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "The period's first instant in the organisation's timezone (null for all time)." })
  startsAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt!: string | null;
  @ApiProperty({ type: [LeaderboardEntry] }) entries!: LeaderboardEntry[];
  @ApiProperty({ type: LeaderboardMe }) me!: LeaderboardMe;
}

export class PointEventResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: POINT_EVENT_KINDS, enumName: 'PointEventKind' }) kind!: PointEventKind;
  @ApiProperty({ description: 'In English, for lists; the kind and detail carry the same facts for a translated UI.' }) description!: string;
  @ApiProperty() points!: number;
  @ApiProperty() source!: string;
  @ApiProperty({ type: String, nullable: true }) shareId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) detail!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class PointTotals {
  @ApiProperty() all!: number;
  @ApiProperty() month!: number;
  @ApiProperty() quarter!: number;
}

export class CurrentPeriodKeys {
  @ApiProperty({ example: '2026-04' }) month!: string;
  @ApiProperty({ example: '2026-Q2' }) quarter!: string;
}

export class MyPointsResponse {
  @ApiProperty({ description: 'Spendable: everything earned, minus redemptions, plus refunds.' }) balance!: number;
  @ApiProperty({ type: PointTotals, description: 'Earned in each period (what leaderboards count).' }) totals!: PointTotals;
  @ApiProperty({ type: CurrentPeriodKeys }) periodKeys!: CurrentPeriodKeys;
  @ApiProperty({ type: [PointEventResponse] }) events!: PointEventResponse[];
}

export class BadgeResponse {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while not earned yet.' }) awardedAt!: string | null;
}

export class PointsRulesResponse implements PointsRules {
  @ApiProperty({ description: 'A published share, unless its post sets its own points.' }) sharePublished!: number;
  @ApiProperty({ description: "Added when the commentary is the employee's own words." }) ownCommentaryBonus!: number;
  @ApiProperty() perClick!: number;
  @ApiProperty() clickDailyCapPerShare!: number;
  @ApiProperty() perEngagement!: number;
  @ApiProperty() engagementDailyCapPerShare!: number;
  @ApiProperty({ type: [Number], description: 'Bonus for first, second, third… place when a contest prize names no points.' }) contestPrizePoints!: number[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while the organisation uses the defaults.' }) updatedAt!: string | null;
}

export class RewardResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() cost!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Null = unlimited.' }) stock!: number | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class RedemptionUser {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class RedemptionResponse {
  @ApiProperty() id!: string;
  @ApiProperty() rewardId!: string;
  @ApiProperty() rewardName!: string;
  @ApiProperty() cost!: number;
  @ApiProperty({ enum: REDEMPTION_STATUSES, enumName: 'RedemptionStatus' }) status!: Redemption['status'];
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: RedemptionUser, nullable: true, description: 'Given in the admin list' }) user!: RedemptionUser | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
}

export class ContestPrizeResponse implements ContestPrize {
  @ApiProperty({ description: '1 = first place' }) rank!: number;
  @ApiProperty() title!: string;
  @ApiProperty() points!: number;
}

export class ContestWinnerResponse implements ContestWinner {
  @ApiProperty() rank!: number;
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() points!: number;
  @ApiProperty() prize!: string;
  @ApiProperty() bonusPoints!: number;
}

export class ContestResultsResponse implements ContestResults {
  @ApiProperty({ description: 'People with points in the contest and in its scope, who appear on leaderboards.' }) participants!: number;
  @ApiProperty({ description: 'Of those, the ones who reached the minimum.' }) qualified!: number;
  @ApiProperty({ type: [ContestWinnerResponse] }) winners!: ContestWinner[];
}

export class ContestStandings {
  @ApiProperty({ type: [LeaderboardEntry] }) entries!: LeaderboardEntry[];
  @ApiProperty({ type: LeaderboardMe }) me!: LeaderboardMe;
}

export class ContestResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ example: '2026-04-01' }) startsOn!: string;
  @ApiProperty({ example: '2026-04-30' }) endsOn!: string;
  @ApiProperty() timezone!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ enum: CONTEST_SCOPES, enumName: 'ContestScope' }) scope!: Contest['scope'];
  @ApiProperty({ type: String, nullable: true }) teamId!: string | null;
  @ApiProperty() minPoints!: number;
  @ApiProperty({ type: [ContestPrizeResponse] }) prizes!: ContestPrize[];
  @ApiProperty({ enum: CONTEST_STATUSES, enumName: 'ContestStatus' }) status!: Contest['status'];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: ContestResultsResponse, nullable: true, description: 'After closing: winners and counts, computed once.' }) results!: ContestResults | null;
  @ApiPropertyOptional({ type: ContestStandings, description: 'While open (on GET /contests/:id): the live standings.' }) standings?: ContestStandings;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function describePointEvent(event: Pick<PointEvent, 'kind' | 'detail'>): string {
  const detail = event.detail ?? {};
  const text = (key: string) => (typeof detail[key] === 'string' ? (detail[key] as string) : null);
  const units = typeof detail.units === 'number' ? detail.units : 1;
  const post = text('postTitle') ? `“${text('postTitle')}”` : 'a post';
  switch (event.kind) {
    case 'share_published':
      return `Shared ${post}${text('network') ? ` on ${text('network') === 'linkedin' ? 'LinkedIn' : text('network')}` : ''}`;
    case 'own_commentary':
      return `Your own words on ${post}`;
    case 'click':
      return units === 1 ? 'A click on your share' : `${units} clicks on your share`;
    case 'engagement':
      return units === 1 ? 'A reaction, comment or reshare of your share' : `${units} reactions, comments or reshares of your share`;
    case 'contest_bonus':
      return `Contest “${text('contestName') ?? 'contest'}”: place ${typeof detail.rank === 'number' ? detail.rank : '?'}`;
    case 'redemption':
      return `Redeemed ${text('rewardName') ?? 'a reward'}`;
    case 'redemption_refund':
      return `Refund for ${text('rewardName') ?? 'a reward'}`;
  }
}

export function mapPointEvent(event: PointEvent): PointEventResponse {
  return {
    id: event.id,
    kind: event.kind,
    description: describePointEvent(event),
    points: event.points,
    source: event.source,
    shareId: event.shareId,
    detail: event.detail,
    occurredAt: event.occurredAt.toISOString(),
  };
}

export function mapBadges(earned: UserBadge[]): BadgeResponse[] {
  const byCode = new Map(earned.map((b) => [b.badge, b]));
  return BADGES.map((badge) => ({ code: badge.code, name: badge.name, description: badge.description, awardedAt: iso(byCode.get(badge.code)?.awardedAt ?? null) }));
}

export function mapReward(reward: Reward): RewardResponse {
  return {
    id: reward.id,
    name: reward.name,
    description: reward.description,
    cost: reward.cost,
    stock: reward.stock,
    active: reward.active,
    createdAt: reward.createdAt.toISOString(),
    updatedAt: reward.updatedAt.toISOString(),
  };
}

export function mapRedemption(redemption: Redemption, userName?: string): RedemptionResponse {
  return {
    id: redemption.id,
    rewardId: redemption.rewardId,
    rewardName: redemption.rewardName,
    cost: redemption.cost,
    status: redemption.status,
    note: redemption.note,
    user: userName === undefined ? null : { id: redemption.userId, name: userName },
    createdAt: redemption.createdAt.toISOString(),
    decidedAt: iso(redemption.decidedAt),
  };
}

export function mapContest(contest: Contest, standings?: ContestResponse['standings']): ContestResponse {
  return {
    id: contest.id,
    name: contest.name,
    description: contest.description,
    startsOn: contest.startsOn,
    endsOn: contest.endsOn,
    timezone: contest.timezone,
    startsAt: contest.startsAt.toISOString(),
    endsAt: contest.endsAt.toISOString(),
    scope: contest.scope,
    teamId: contest.teamId,
    minPoints: contest.minPoints,
    prizes: contest.prizes,
    status: contest.status,
    closedAt: iso(contest.closedAt),
    results: contest.results,
    ...(standings ? { standings } : {}),
  };
}
