/**
 * Points, badges, leaderboards, rewards, redemptions and contests. The answers are read
 * tolerantly (a field may have another common name, a list may be wrapped in an object), so
 * the pages keep working while this part of the API settles.
 */
import { api } from './client';
import type {
  Badge,
  Contest,
  ContestInput,
  Leaderboard,
  LeaderboardEntry,
  LeaderboardPeriod,
  MyPoints,
  PointEvent,
  PointsRules,
  Redemption,
  Reward,
  RewardInput,
} from './types';

type Json = Record<string, unknown>;

export async function getLeaderboard(options: { period: LeaderboardPeriod; teamId?: string; limit?: number; signal?: AbortSignal }): Promise<Leaderboard> {
  const query = new URLSearchParams({ period: options.period });
  if (options.teamId) query.set('teamId', options.teamId);
  if (options.limit) query.set('limit', String(options.limit));
  return readLeaderboard(await api.get<unknown>(`/leaderboards?${query}`, { signal: options.signal }));
}

export async function getMyPoints(signal?: AbortSignal): Promise<MyPoints> {
  const body = record(await api.get<unknown>('/me/points', { signal }));
  const events = list(body.events ?? body.recent ?? body.recentEvents ?? body.history).map(readPointEvent);
  const totals = isRecord(body.totals) ? { all: num(body.totals.all) ?? 0, month: num(body.totals.month) ?? 0, quarter: num(body.totals.quarter) ?? 0 } : null;
  return { balance: num(body.balance ?? body.total ?? body.points) ?? 0, totals, events };
}

export async function getMyBadges(signal?: AbortSignal): Promise<Badge[]> {
  const body = await api.get<unknown>('/me/badges', { signal });
  return list(isRecord(body) ? (body.badges ?? body.items) : body).map((raw, index) => {
    const badge = record(raw);
    const nested = record(badge.badge);
    return {
      id: str(badge.id ?? badge.code ?? badge.key ?? nested.id ?? nested.code) ?? String(index),
      name: str(badge.name ?? badge.title ?? nested.name ?? badge.code ?? nested.code) ?? '',
      description: str(badge.description ?? nested.description),
      awardedAt: str(badge.awardedAt ?? badge.earnedAt ?? badge.createdAt),
    };
  });
}

export async function listRewards(signal?: AbortSignal): Promise<Reward[]> {
  return listOf(await api.get<unknown>('/rewards', { signal }), 'rewards').map(readReward);
}

export async function createReward(input: RewardInput): Promise<Reward> {
  return readReward(await api.post<unknown>('/rewards', input));
}

export async function updateReward(id: string, input: Partial<RewardInput>): Promise<Reward> {
  return readReward(await api.patch<unknown>(`/rewards/${encodeURIComponent(id)}`, input));
}

export async function redeemReward(id: string): Promise<Redemption> {
  return readRedemption(await api.post<unknown>(`/rewards/${encodeURIComponent(id)}/redeem`));
}

export async function listMyRedemptions(signal?: AbortSignal): Promise<Redemption[]> {
  return listOf(await api.get<unknown>('/me/redemptions', { signal }), 'redemptions').map(readRedemption);
}

export async function listRedemptions(status?: string, signal?: AbortSignal): Promise<Redemption[]> {
  const path = status ? `/redemptions?status=${encodeURIComponent(status)}` : '/redemptions';
  return listOf(await api.get<unknown>(path, { signal }), 'redemptions').map(readRedemption);
}

export async function approveRedemption(id: string, note?: string): Promise<Redemption> {
  return readRedemption(await api.post<unknown>(`/redemptions/${encodeURIComponent(id)}/approve`, note ? { note } : {}));
}

export async function rejectRedemption(id: string, note: string): Promise<Redemption> {
  return readRedemption(await api.post<unknown>(`/redemptions/${encodeURIComponent(id)}/reject`, { note }));
}

/** The rules object: every whole-number setting, plus the list of contest prizes by place. */
export async function getPointsRules(signal?: AbortSignal): Promise<PointsRules> {
  const body = record(await api.get<unknown>('/points-rules', { signal }));
  const rules = isRecord(body.rules) ? body.rules : body;
  const prizes = Array.isArray(rules.contestPrizePoints) ? rules.contestPrizePoints.filter((value): value is number => typeof value === 'number') : null;
  return {
    values: Object.entries(rules)
      .filter(([, value]) => typeof value === 'number')
      .map(([key, value]) => ({ key, points: value as number })),
    contestPrizePoints: prizes,
    updatedAt: str(body.updatedAt),
  };
}

export async function updatePointsRules(changes: Record<string, number | number[]>): Promise<void> {
  await api.patch<unknown>('/points-rules', changes);
}

export async function listContests(signal?: AbortSignal): Promise<Contest[]> {
  return listOf(await api.get<unknown>('/contests', { signal }), 'contests').map(readContest);
}

export async function getContest(id: string, signal?: AbortSignal): Promise<Contest> {
  return readContest(await api.get<unknown>(`/contests/${encodeURIComponent(id)}`, { signal }));
}

export async function createContest(input: ContestInput): Promise<Contest> {
  return readContest(await api.post<unknown>('/contests', input));
}

function readLeaderboard(body: unknown): Leaderboard {
  const board = record(body);
  const entries = list(board.entries ?? board.items ?? board.leaderboard).map(readEntry);
  const me = isRecord(board.me) ? { rank: num(board.me.rank), points: num(board.me.points) ?? 0 } : null;
  return { entries, me };
}

function readEntry(raw: unknown, index: number): LeaderboardEntry {
  const entry = record(raw);
  const user = record(entry.user);
  return {
    rank: num(entry.rank ?? entry.position) ?? index + 1,
    userId: str(entry.userId ?? user.id) ?? String(index),
    name: str(entry.name ?? entry.userName ?? user.name) ?? '',
    points: num(entry.points ?? entry.total ?? entry.score) ?? 0,
  };
}

function readPointEvent(raw: unknown, index: number): PointEvent {
  const event = record(raw);
  return {
    id: str(event.id) ?? String(index),
    kind: str(event.kind ?? event.type ?? event.reason) ?? '',
    points: num(event.points ?? event.amount ?? event.delta) ?? 0,
    description: str(event.description ?? event.note ?? event.title ?? event.label),
    createdAt: str(event.createdAt ?? event.at ?? event.occurredAt) ?? '',
  };
}

function readReward(raw: unknown): Reward {
  const reward = record(raw);
  const stock = reward.stock ?? reward.remaining ?? null;
  return {
    id: str(reward.id) ?? '',
    name: str(reward.name ?? reward.title) ?? '',
    description: str(reward.description),
    cost: num(reward.cost ?? reward.pointsCost ?? reward.points ?? reward.price) ?? 0,
    stock: typeof stock === 'number' ? stock : null,
    active: reward.active === undefined && reward.archived === undefined ? true : reward.active === true || reward.archived === false,
  };
}

function readRedemption(raw: unknown): Redemption {
  const redemption = record(raw);
  const reward = record(redemption.reward);
  const user = record(redemption.user);
  return {
    id: str(redemption.id) ?? '',
    rewardId: str(redemption.rewardId ?? reward.id),
    rewardName: str(redemption.rewardName ?? reward.name ?? reward.title),
    userId: str(redemption.userId ?? user.id),
    userName: str(redemption.userName ?? user.name),
    cost: num(redemption.cost ?? redemption.points ?? reward.cost),
    status: str(redemption.status) ?? 'pending',
    note: str(redemption.note ?? redemption.rejectionNote ?? redemption.decisionNote),
    createdAt: str(redemption.createdAt ?? redemption.requestedAt) ?? '',
  };
}

function readContest(raw: unknown): Contest {
  const contest = record(raw);
  const standings = isRecord(contest.standings) ? contest.standings.entries : (contest.standings ?? contest.entries ?? contest.leaderboard);
  const results = isRecord(contest.results) ? contest.results : null;
  return {
    id: str(contest.id) ?? '',
    name: str(contest.name ?? contest.title) ?? '',
    description: str(contest.description),
    startsOn: str(contest.startsOn),
    endsOn: str(contest.endsOn),
    startsAt: str(contest.startsAt ?? contest.startAt ?? contest.from),
    endsAt: str(contest.endsAt ?? contest.endAt ?? contest.to),
    scope: str(contest.scope) ?? (str(contest.teamId) ? 'team' : 'organization'),
    teamId: str(contest.teamId),
    minPoints: num(contest.minPoints) ?? 0,
    prizes: list(contest.prizes).map((item, index) => {
      const prize = record(item);
      return { rank: num(prize.rank) ?? index + 1, title: str(prize.title) ?? '', points: num(prize.points) };
    }),
    status: str(contest.status),
    standings: list(standings).map(readEntry),
    results: results
      ? {
          participants: num(results.participants) ?? 0,
          qualified: num(results.qualified) ?? 0,
          winners: list(results.winners).map((item, index) => {
            const winner = record(item);
            return {
              rank: num(winner.rank) ?? index + 1,
              userId: str(winner.userId) ?? String(index),
              name: str(winner.name) ?? '',
              points: num(winner.points) ?? 0,
              prize: str(winner.prize),
              bonusPoints: num(winner.bonusPoints),
            };
          }),
        }
      : null,
  };
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Json {
  return isRecord(value) ? value : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function listOf(body: unknown, key: string): unknown[] {
  if (Array.isArray(body)) return body;
  const wrapped = record(body);
  return list(wrapped[key] ?? wrapped.items);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
