/** Points, badges, leaderboards, rewards, redemptions and contests. */
import { api, unwrap } from './client';
import type { ContestInput, LeaderboardPeriod, PointsRulesChanges, RedemptionStatus, RewardInput } from './models';

const byId = (id: string) => ({ params: { path: { id } } });

export const getLeaderboard = (options: { period: LeaderboardPeriod; teamId?: string; limit?: number; signal?: AbortSignal }) =>
  unwrap(api.GET('/api/v1/leaderboards', { params: { query: { period: options.period, teamId: options.teamId, limit: options.limit } }, signal: options.signal }));
export const getMyPoints = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/me/points', { signal }));
export const getMyBadges = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/me/badges', { signal }));

export const listRewards = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/rewards', { signal }));
export const createReward = (input: RewardInput) => unwrap(api.POST('/api/v1/rewards', { body: input }));
export const updateReward = (id: string, input: Partial<RewardInput>) => unwrap(api.PATCH('/api/v1/rewards/{id}', { ...byId(id), body: input }));
export const redeemReward = (id: string) => unwrap(api.POST('/api/v1/rewards/{id}/redeem', byId(id)));
export const listMyRedemptions = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/me/redemptions', { signal }));
export const listRedemptions = (status?: RedemptionStatus, signal?: AbortSignal) => unwrap(api.GET('/api/v1/redemptions', { params: { query: { status } }, signal }));
export const approveRedemption = (id: string, note?: string) => unwrap(api.POST('/api/v1/redemptions/{id}/approve', { ...byId(id), body: note ? { note } : {} }));
export const rejectRedemption = (id: string, note: string) => unwrap(api.POST('/api/v1/redemptions/{id}/reject', { ...byId(id), body: { note } }));

export const getPointsRules = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/points-rules', { signal }));
export const updatePointsRules = (changes: PointsRulesChanges) => unwrap(api.PATCH('/api/v1/points-rules', { body: changes }));

export const listContests = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/contests', { signal }));
export const getContest = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/v1/contests/{id}', { ...byId(id), signal }));
export const createContest = (input: ContestInput) => unwrap(api.POST('/api/v1/contests', { body: input }));
