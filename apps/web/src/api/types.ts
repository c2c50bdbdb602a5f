import type { Locale } from '../i18n/locale';

export const ROLES = ['employee', 'curator', 'manager', 'reviewer', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export interface TeamSummary {
  id: string;
  name: string;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  timezone: string;
}

/** ISO weekday (1 = Monday … 7 = Sunday) and a time in the user's own timezone. */
export interface WeeklySlot {
  weekday: number;
  time: string;
}

/** `GET /me`: the signed-in user. */
export interface Me {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  teams: TeamSummary[];
  timezone: string;
  locale: Locale;
  leaderboardOptOut: boolean;
  weeklySlots?: WeeklySlot[];
  organization: OrganizationSummary;
}

/** `PATCH /me`: the fields a user may change about themselves. */
export interface UpdateMeInput {
  name?: string;
  timezone?: string;
  locale?: Locale;
  leaderboardOptOut?: boolean;
  weeklySlots?: WeeklySlot[];
}

export interface Credentials {
  email: string;
  password: string;
}

export interface AcceptInviteInput {
  token: string;
  password: string;
}

/** `GET /meta`: what the UI needs to know about this installation before sign-in. */
export interface Meta {
  demo: boolean;
  linkedinSandbox: boolean;
  mode: string;
}

export type DisclosureMode = 'append' | 'require';

export interface Organization {
  id: string;
  name: string;
  slug: string;
  timezone: string;
  dailyShareLimit: number;
  requiredDisclosure: string | null;
  disclosureMode: DisclosureMode;
  employeesSeeLeaderboard: boolean;
}

export type UpdateOrganizationInput = Partial<Pick<Organization, 'name' | 'timezone' | 'dailyShareLimit' | 'requiredDisclosure' | 'disclosureMode' | 'employeesSeeLeaderboard'>>;

export type UserStatus = 'invited' | 'active' | 'deactivated';

export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  teams: TeamSummary[];
  status: UserStatus;
  timezone: string;
  locale: string;
  leaderboardOptOut: boolean;
  leaderboardExcluded: boolean;
  createdAt: string;
  deactivatedAt: string | null;
}

export interface CreateUserInput {
  email: string;
  name: string;
  roles: Role[];
  teamIds?: string[];
  timezone?: string;
}

export interface CreatedUser {
  user: User;
  inviteUrl: string;
  inviteExpiresAt: string;
}

export interface ImportResult {
  created: number;
  teamsCreated: string[];
  users: { email: string; inviteUrl: string }[];
}

/** One problem in a CSV import (422 answer's `rows`). */
export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

export interface Team {
  id: string;
  name: string;
  managerId: string | null;
  memberCount?: number;
}

export type Network = 'linkedin' | 'x';

export interface PostVariants {
  linkedin?: string;
  x?: string;
}

export type PostStatus = 'draft' | 'published' | 'archived';

export interface Post {
  id: string;
  title: string;
  url: string | null;
  description: string | null;
  suggestedCommentary: string;
  variants: PostVariants;
  hashtags: string[];
  imageUrl: string | null;
  teamIds: string[];
  campaignId: string | null;
  status: PostStatus;
  publishAt: string | null;
  expiresAt: string | null;
  featured: boolean;
  points: number | null;
  requireOwnCommentary: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PostInput {
  title: string;
  url?: string | null;
  description?: string | null;
  suggestedCommentary: string;
  variants?: PostVariants;
  hashtags?: string[];
  imageUrl?: string | null;
  teamIds?: string[];
  campaignId?: string | null;
  publishAt?: string | null;
  expiresAt?: string | null;
  featured?: boolean;
  points?: number | null;
  requireOwnCommentary?: boolean;
}

export interface LinkPreview {
  title: string | null;
  description: string | null;
  imageUrl: string | null;
  siteName?: string | null;
}

export const CAMPAIGN_GOALS = ['pr', 'marketing', 'lead_generation', 'customer_service', 'recruiting', 'market_research', 'other'] as const;
export type CampaignGoal = (typeof CAMPAIGN_GOALS)[number];

export interface Campaign {
  id: string;
  name: string;
  goal: CampaignGoal | null;
  startsAt: string | null;
  endsAt: string | null;
  pointsMultiplier: number;
  createdAt: string;
}

export interface CampaignInput {
  name: string;
  goal?: CampaignGoal;
  startsAt?: string;
  endsAt?: string;
  pointsMultiplier?: number;
}

export interface FeedItem extends Omit<Post, 'teamIds' | 'status'> {
  myShare: { id: string; status: ShareStatus } | null;
}

export interface FeedPage {
  items: FeedItem[];
  nextCursor: string | null;
}

export type ConnectionStatus = 'active' | 'expired' | 'needs_reconnect' | 'revoked';

export interface Connection {
  id: string;
  network: Network | string;
  displayName: string;
  pictureUrl: string | null;
  status: ConnectionStatus;
  expiresAt: string;
  createdAt: string;
}

export const SHARE_STATUSES = ['draft', 'in_review', 'approved', 'scheduled', 'publishing', 'published', 'failed', 'needs_reconnect', 'cancelled'] as const;
export type ShareStatus = (typeof SHARE_STATUSES)[number];

/** Once publishing starts the text is fixed. */
export const LOCKED_SHARE_STATUSES: readonly ShareStatus[] = ['publishing', 'published', 'cancelled'];

export interface SharePreview {
  network: string;
  text: string;
  link: string | null;
  title: string | null;
  description: string | null;
  characters: number;
  limit: number;
}

export type ShareWarningCode = 'not_own_words' | 'near_duplicate' | 'disclosure_missing' | 'too_long';

export interface ShareWarning {
  code: ShareWarningCode;
  message: string;
}

export interface Share {
  id: string;
  postId: string;
  connectionId: string;
  network: string;
  commentary: string;
  status: ShareStatus;
  preview: SharePreview;
  approvedAt: string | null;
  approvedHash: string | null;
  reviewNote: string | null;
  scheduledAt: string | null;
  slotted: boolean;
  publishedAt: string | null;
  externalId: string | null;
  lastError: string | null;
  cancelledReason: string | null;
  warnings: ShareWarning[];
  createdAt: string;
  updatedAt: string;
}

/** A share waiting for a reviewer, with its owner. */
export interface ReviewItem extends Share {
  owner: { id: string; name: string };
}

export type ScheduleInput = { at: string } | { slot: 'next' };

export interface ComplianceVerdict {
  decision: 'pass' | 'review' | 'block';
  message: string;
  matches: { ruleId: string; category: string; action: string; matched: string[] }[];
}

export const COMPLIANCE_CATEGORIES = ['confidential', 'sara', 'political', 'profanity', 'custom'] as const;
export type ComplianceCategory = (typeof COMPLIANCE_CATEGORIES)[number];
export const COMPLIANCE_ACTIONS = ['block', 'review'] as const;
export type ComplianceAction = (typeof COMPLIANCE_ACTIONS)[number];

export interface ComplianceRule {
  id: string;
  pattern: string;
  category: ComplianceCategory | string;
  action: ComplianceAction | string;
  createdAt: string;
  /** Why the rule is not applied (it uses what the linear-time engine cannot run), or null. */
  problem: string | null;
}

export interface Policy {
  id: string;
  version: number;
  body: string;
  createdAt: string;
  acknowledged: boolean;
  acknowledgedAt: string | null;
}

export interface PolicyVersionSummary {
  id: string;
  version: number;
  createdAt: string;
  acknowledgements: number;
}

export interface AuditEntry {
  id: string;
  shareId: string;
  actorId: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  detail: Record<string, unknown> | null;
  createdAt: string;
}

// Gamification. The API module is built in parallel; src/api/gamification.ts reads its
// answers tolerantly into these shapes.

export type LeaderboardPeriod = 'month' | 'quarter' | 'all';

export interface LeaderboardEntry {
  rank: number;
  userId: string;
  name: string;
  points: number;
}

export interface Leaderboard {
  entries: LeaderboardEntry[];
  me: { rank: number | null; points: number } | null;
}

export interface PointEvent {
  id: string;
  kind: string;
  points: number;
  description: string | null;
  createdAt: string;
}

export interface MyPoints {
  /** Spendable: earned, minus redemptions, plus refunds. */
  balance: number;
  /** Earned per period (what leaderboards count). */
  totals: { all: number; month: number; quarter: number } | null;
  events: PointEvent[];
}

export interface Badge {
  id: string;
  name: string;
  description: string | null;
  awardedAt: string | null;
}

export interface Reward {
  id: string;
  name: string;
  description: string | null;
  cost: number;
  /** null: unlimited. */
  stock: number | null;
  active: boolean;
}

export interface RewardInput {
  name: string;
  description?: string;
  cost: number;
  stock?: number | null;
  active?: boolean;
}

export const REDEMPTION_STATUSES = ['pending', 'fulfilled', 'rejected'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

export interface Redemption {
  id: string;
  rewardId: string | null;
  rewardName: string | null;
  userId: string | null;
  userName: string | null;
  cost: number | null;
  status: RedemptionStatus | string;
  note: string | null;
  createdAt: string;
}

/** The organisation's points rules: numbers per kind, and contest prizes by place. */
export interface PointsRules {
  values: { key: string; points: number }[];
  contestPrizePoints: number[] | null;
  updatedAt: string | null;
}

export interface ContestPrize {
  rank: number;
  title: string;
  points: number | null;
}

export interface ContestWinner {
  rank: number;
  userId: string;
  name: string;
  points: number;
  prize: string | null;
  bonusPoints: number | null;
}

export interface Contest {
  id: string;
  name: string;
  description: string | null;
  /** First and last day (inclusive) in the organisation's timezone, e.g. 2026-04-01. */
  startsOn: string | null;
  endsOn: string | null;
  startsAt: string | null;
  endsAt: string | null;
  scope: 'organization' | 'team' | string;
  teamId: string | null;
  minPoints: number;
  prizes: ContestPrize[];
  /** `open` or `closed`. */
  status: string | null;
  standings: LeaderboardEntry[];
  results: { participants: number; qualified: number; winners: ContestWinner[] } | null;
}

export interface ContestInput {
  name: string;
  description?: string;
  startsOn: string;
  endsOn: string;
  scope: 'organization' | 'team';
  teamId?: string;
  minPoints?: number;
  prizes?: { title: string; points?: number }[];
}
