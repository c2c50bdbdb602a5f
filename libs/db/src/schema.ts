// The whole schema in one list, for data sources, the migration generator and the drift test.
// Not exported from the lib's index: entities import '@chorus/db', and this imports them.
import { ComplianceRuleEntity } from '@chorus/compliance/compliance-rule.entity';
import { PolicyAcknowledgement, PolicyVersion } from '@chorus/compliance/policy.entity';
import { Campaign } from '@chorus/content/campaign.entity';
import { Post, PostTeam } from '@chorus/content/post.entity';
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
} from '@chorus/gamification/entities';
import { Invite, Organization, RefreshSession, Team, TeamMembership, User } from '@chorus/identity/entities';
import { MIGRATIONS } from '@chorus/migrations';
import { Notification } from '@chorus/notifications/notification.entity';
import { OAuthState } from '@chorus/publishing/connections/oauth-state.entity';
import { SocialConnection } from '@chorus/publishing/connections/social-connection.entity';
import { ShareAuditEntry } from '@chorus/shares/share-audit.entity';
import { Share } from '@chorus/shares/share.entity';
import { SchemaDefinition } from './data-source';
import { OutboxDelivery } from './outbox-delivery.entity';
import { OutboxEvent } from './outbox-event.entity';

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
];

export const CHORUS_SCHEMA: SchemaDefinition = { entities: ENTITIES, migrations: MIGRATIONS };
