// The whole schema in one list, for data sources, the migration generator and the drift test.
// It lives here, in the composition root, because it names every domain lib's entities: the
// lowest lib (db) must not know the libs built on it (docs/architecture.md, "Layers").
import { AnalyticsSettings, ApiKey, Conversion } from '@chorus/analytics';
import { ChatWebhook } from '@chorus/chat';
import { ComplianceRuleEntity, PolicyAcknowledgement, PolicyVersion } from '@chorus/compliance';
import { Campaign, Post, PostTeam } from '@chorus/content';
import { OutboxDelivery, OutboxEvent, SchemaDefinition } from '@chorus/db';
import {
  Contest,
  ContestEntry,
  PeriodClosing,
  PointBalance,
  PointEvent,
  PointScoreCount,
  PointsRulesEntity,
  PointTotal,
  Redemption,
  Reward,
  UserBadge,
} from '@chorus/gamification';
import { AuditEvent, Invite, Organization, PasswordReset, RefreshSession, Team, TeamMembership, User } from '@chorus/identity';
import { DigestRun, MailMessage, NotificationPreference } from '@chorus/mail';
import { MIGRATIONS } from '@chorus/migrations';
import { Notification } from '@chorus/notifications';
import { EngagementSnapshot, EngagementTracking, OAuthState, SocialConnection, TokenRevocation } from '@chorus/publishing';
import { ClickSalt, LinkClick, Share, ShareAuditEntry } from '@chorus/shares';

export const ENTITIES = [
  Organization,
  User,
  Team,
  TeamMembership,
  Invite,
  RefreshSession,
  Notification,
  Campaign,
  Post,
  PostTeam,
  PolicyVersion,
  PolicyAcknowledgement,
  ComplianceRuleEntity,
  SocialConnection,
  TokenRevocation,
  Share,
  ShareAuditEntry,
  OAuthState,
  OutboxEvent,
  OutboxDelivery,
  PointEvent,
  PointTotal,
  PointScoreCount,
  PointBalance,
  PointsRulesEntity,
  UserBadge,
  Contest,
  ContestEntry,
  Reward,
  Redemption,
  PeriodClosing,
  ChatWebhook,
  PasswordReset,
  MailMessage,
  NotificationPreference,
  DigestRun,
  LinkClick,
  ClickSalt,
  AuditEvent,
  EngagementTracking,
  EngagementSnapshot,
  ApiKey,
  Conversion,
  AnalyticsSettings,
];

export const CHORUS_SCHEMA: SchemaDefinition = { entities: ENTITIES, migrations: MIGRATIONS };
