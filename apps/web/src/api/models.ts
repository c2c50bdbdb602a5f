/**
 * Short names for the API's shapes, all generated from its OpenAPI document (schema.d.ts).
 * What stays hand-written here are the value lists the UI iterates over (filters, pickers):
 * the generated file holds types only, so each list is checked against its generated union.
 */
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** Every member of `Union`, and nothing else: a list missing one, or with a stray one, does not compile. */
const allOf =
  <Union extends string>() =>
  <const List extends readonly Union[]>(list: List & ([Union] extends [List[number]] ? unknown : 'is missing a value')) =>
    list;

/** A type guard for a list made with `allOf`: whether a string the API or a URL gave is one of its values. */
const memberOf =
  <Union extends string>(list: readonly Union[]) =>
  (value: string): value is Union =>
    (list as readonly string[]).includes(value);

export type Role = Schemas['Role'];
export const ROLES = allOf<Role>()(['employee', 'curator', 'manager', 'reviewer', 'admin']);

export type Me = Schemas['MeResponse'];
export type UpdateMeInput = Schemas['UpdateMeDto'];
export type WeeklySlot = Schemas['WeeklySlotDto'];
export type Credentials = Schemas['SignInDto'];
export type AcceptInviteInput = Schemas['AcceptInviteDto'];
export type Meta = Schemas['MetaResponse'];

export type DisclosureMode = Schemas['DisclosureMode'];
export type Organization = Schemas['OrganizationResponse'];
export type UpdateOrganizationInput = Schemas['UpdateOrganizationDto'];
export type ChatService = Schemas['ChatService'];
export const CHAT_SERVICES = allOf<ChatService>()(['slack', 'teams']);
export type ChatWebhook = Schemas['ChatWebhookResponse'];
export type PutChatWebhookInput = Schemas['PutChatWebhookDto'];

export type AppNotification = Schemas['NotificationResponse'];
export type NotificationList = Schemas['NotificationListResponse'];

export type User = Schemas['UserResponse'];
export type CreateUserInput = Schemas['CreateUserDto'];
export type CreatedUser = Schemas['CreatedUser'];
export type ImportResult = Schemas['ImportResult'];
export type ImportRowError = Schemas['ImportRowError'];
export type Team = Schemas['TeamResponse'];

export type PostStatus = Schemas['PostStatus'];
export type Post = Schemas['PostResponse'];
export type PostInput = Schemas['CreatePostDto'];
export type PostChanges = Schemas['UpdatePostDto'];
export type LinkPreview = Schemas['LinkPreviewResponse'];
export type Campaign = Schemas['CampaignResponse'];
export type CampaignInput = Schemas['CreateCampaignDto'];
export type CampaignGoal = NonNullable<CampaignInput['goal']>;
export const CAMPAIGN_GOALS = allOf<CampaignGoal>()(['pr', 'marketing', 'lead_generation', 'customer_service', 'recruiting', 'market_research', 'other']);
export const isCampaignGoal = memberOf<CampaignGoal>(CAMPAIGN_GOALS);
export type FeedItem = Schemas['FeedItemResponse'];
export type FeedPage = Schemas['FeedResponse'];
export type FeedTopics = Schemas['FeedTopicsResponse'];

export type Connection = Schemas['ConnectionResponse'];

export type ShareStatus = Schemas['ShareStatus'];
export const SHARE_STATUSES = allOf<ShareStatus>()(['draft', 'in_review', 'approved', 'scheduled', 'publishing', 'published', 'failed', 'needs_reconnect', 'cancelled']);
/** Once publishing starts the text is fixed. */
export const LOCKED_SHARE_STATUSES: readonly string[] = ['publishing', 'published', 'cancelled'] satisfies ShareStatus[];
export const isShareStatus = memberOf<ShareStatus>(SHARE_STATUSES);
export type Share = Schemas['ShareResponse'];
export type ShareEngagement = Schemas['ShareEngagementResponse'];
export type SharePreview = Schemas['SharePreview'];
export type ShareWarning = Schemas['ShareWarning'];
export type ReviewItem = Schemas['ReviewItemResponse'];
export type ScheduleInput = { at: string } | { slot: 'next' };
export type AuditEntry = Schemas['AuditEntryResponse'];
export type AuditEvent = Schemas['AuditEventResponse'];

export type ComplianceVerdict = Schemas['ComplianceVerdict'];
export type ComplianceCategory = Schemas['ComplianceCategory'];
export const COMPLIANCE_CATEGORIES = allOf<ComplianceCategory>()(['confidential', 'sara', 'political', 'profanity', 'custom']);
export type ComplianceAction = Schemas['ComplianceAction'];
export const COMPLIANCE_ACTIONS = allOf<ComplianceAction>()(['block', 'review']);
export type ComplianceRule = Schemas['ComplianceRuleResponse'];
export type Policy = Schemas['PolicyResponse'];
export type PolicyVersionSummary = Schemas['PolicyVersionSummary'];

export type LeaderboardPeriod = Schemas['Period'];
export type Leaderboard = Schemas['LeaderboardResponse'];
export type LeaderboardEntry = Schemas['LeaderboardEntry'];
export type MyPoints = Schemas['MyPointsResponse'];
export type PointEvent = Schemas['PointEventResponse'];
export type Badge = Schemas['BadgeResponse'];
export type PointsRules = Schemas['PointsRulesResponse'];
export type PointsRulesChanges = Schemas['UpdatePointsRulesDto'];
export type Reward = Schemas['RewardResponse'];
export type RewardInput = Schemas['CreateRewardDto'];
export type RedemptionStatus = Schemas['RedemptionStatus'];
export const REDEMPTION_STATUSES = allOf<RedemptionStatus>()(['pending', 'fulfilled', 'rejected']);
export type Redemption = Schemas['RedemptionResponse'];
export type Contest = Schemas['ContestResponse'];
export type ContestInput = Schemas['CreateContestDto'];
export type ContestWinner = Schemas['ContestWinnerResponse'];

export type SeriesDay = Schemas['SeriesDay'];
/** The counted figures every results answer carries. */
export type Figures = Omit<SeriesDay, 'day'>;
export type AnalyticsSummary = Schemas['SummaryResponse'];
export type MyAnalytics = Schemas['MyAnalyticsResponse'];
export type Timeseries = Schemas['TimeseriesResponse'];
export type Metric = Timeseries['metric'];
export const METRICS = allOf<Metric>()(['shares', 'sharers', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions', 'emv']);
export const isMetric = memberOf<Metric>(METRICS);
export type TopContentItem = Schemas['TopContentItem'];
export type CampaignReport = Schemas['CampaignReportResponse'];
export type CampaignProgress = Schemas['CampaignProgressResponse'];
export type TopAdvocateItem = Schemas['TopAdvocateItem'];
export type AnalyticsSettings = Schemas['AnalyticsSettingsResponse'];
export type AnalyticsSettingsChanges = Schemas['UpdateAnalyticsSettingsDto'];
export type ApiKey = Schemas['ApiKeyResponse'];
export type CreatedApiKey = Schemas['CreatedApiKeyResponse'];
/** The tables GET /analytics/export.csv writes. */
export type ExportTable = operations['AnalyticsController_export']['parameters']['query']['table'];
export const EXPORT_TABLES = allOf<ExportTable>()(['shares', 'posts', 'advocates']);
/** What a results query covers: a range of days and at most a team, a campaign and a post. */
export interface AnalyticsScope {
  from?: string;
  to?: string;
  teamId?: string;
  campaignId?: string;
  postId?: string;
}

export type MailPreferences = Schemas['NotificationPreferencesResponse'];
export type NotificationDeliveries = MailPreferences['deliveries'];
export type MailPreferencesChanges = Schemas['UpdateNotificationPreferencesDto'];
export type NotificationKind = keyof NotificationDeliveries;
/** The order the settings list them in: what concerns one's own shares first. */
export const NOTIFICATION_KINDS = allOf<NotificationKind>()([
  'share.published',
  'share.failed',
  'share.needsReconnect',
  'share.expired',
  'connection.expiring',
  'connection.expired',
  'connection.reconnected',
  'content.featured',
  'review.requested',
  'review.decided',
  'redemption.decided',
  'contest.started',
  'contest.won',
  'policy.published',
  'integration.disabled',
  'welcome',
]);
export const isNotificationKind = memberOf<NotificationKind>(NOTIFICATION_KINDS);
export type NotificationDelivery = NotificationDeliveries[NotificationKind];
export const NOTIFICATION_DELIVERIES = allOf<NotificationDelivery>()(['off', 'instant', 'daily', 'weekly']);
export type SentMail = Schemas['SentMailResponse'];
export type SentMailList = Schemas['SentMailListResponse'];
export type PasswordResetRequested = Schemas['ForgotPasswordResponse'];
export type UnsubscribeAnswer = Schemas['UnsubscribeResponse'];
