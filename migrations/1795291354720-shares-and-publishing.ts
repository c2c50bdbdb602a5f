import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class SharesAndPublishing1795291354720 implements MigrationInterface {
  name = 'SharesAndPublishing1795291354720';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "outbox_events" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "type" character varying(60) NOT NULL, "dedupeKey" character varying(200) NOT NULL, "payload" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "consumedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "outbox_events_dedupe_unique" ON "outbox_events"  ("type", "dedupeKey") `);
      await queryRunner.query(`CREATE INDEX "outbox_events_pending_idx" ON "outbox_events"  ("consumedAt", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "compliance_rules" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "pattern" character varying(200) NOT NULL, "category" character varying(20) NOT NULL, "action" character varying(10) NOT NULL, "createdById" character varying(36), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e583b4ad6d671a32b8738bcf5e1" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "compliance_rules_organization_idx" ON "compliance_rules"  ("organizationId") `);
      await queryRunner.query(`CREATE TABLE "policy_versions" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "version" integer NOT NULL, "body" text NOT NULL, "createdById" character varying(36), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_125d2970fc66a316f84af16812e" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "policy_versions_version_unique" ON "policy_versions"  ("organizationId", "version") `);
      await queryRunner.query(`CREATE TABLE "policy_acknowledgements" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "policyVersionId" character varying(36) NOT NULL, "acknowledgedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_621989181149ad611307d3e98aa" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "policy_acknowledgements_unique" ON "policy_acknowledgements"  ("userId", "policyVersionId") `);
      await queryRunner.query(`CREATE TABLE "campaigns" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "goal" character varying(40), "startsAt" TIMESTAMP WITH TIME ZONE, "endsAt" TIMESTAMP WITH TIME ZONE, "pointsMultiplierPercent" integer NOT NULL DEFAULT '100', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "campaigns_organization_idx" ON "campaigns"  ("organizationId") `);
      await queryRunner.query(`CREATE TABLE "posts" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "campaignId" character varying(36), "title" character varying(300) NOT NULL, "url" character varying(2000), "description" text, "suggestedCommentary" text NOT NULL, "variants" text NOT NULL, "hashtags" text NOT NULL, "imageUrl" character varying(2000), "targetsEveryone" boolean NOT NULL DEFAULT true, "status" character varying(16) NOT NULL DEFAULT 'draft', "publishAt" TIMESTAMP WITH TIME ZONE, "expiresAt" TIMESTAMP WITH TIME ZONE, "featured" boolean NOT NULL DEFAULT false, "points" integer, "requireOwnCommentary" boolean NOT NULL DEFAULT false, "createdById" character varying(36) NOT NULL, "publishedAt" TIMESTAMP WITH TIME ZONE, "archivedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "posts_feed_idx" ON "posts"  ("organizationId", "status", "featured", "publishedAt") `);
      await queryRunner.query(`CREATE TABLE "post_teams" ("postId" character varying(36) NOT NULL, "teamId" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, CONSTRAINT "PK_be3b717f8c64c8c4f199dfc957b" PRIMARY KEY ("postId", "teamId"))`);
      await queryRunner.query(`CREATE INDEX "post_teams_team_idx" ON "post_teams"  ("teamId") `);
      await queryRunner.query(`CREATE TABLE "oauth_states" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "network" character varying(20) NOT NULL, "stateHash" character varying(64) NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c9df6e4203e8ca042bfe5bd00ec" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "oauth_states_hash_unique" ON "oauth_states"  ("stateHash") `);
      await queryRunner.query(`CREATE TABLE "social_connections" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "network" character varying(20) NOT NULL, "externalId" character varying(200) NOT NULL, "displayName" character varying(200) NOT NULL, "pictureUrl" character varying(500), "status" character varying(20) NOT NULL, "keyId" character varying(32), "accessTokenCiphertext" text, "refreshTokenCiphertext" text, "scopes" character varying(300) NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "refreshExpiresAt" TIMESTAMP WITH TIME ZONE, "expiryWarnedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e8ecfcd0724faac2b6559bc6a2d" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "social_connections_account_unique" ON "social_connections"  ("userId", "network", "externalId") `);
      await queryRunner.query(`CREATE INDEX "social_connections_user_idx" ON "social_connections"  ("organizationId", "userId") `);
      await queryRunner.query(`CREATE TABLE "share_audit_log" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "shareId" character varying(36) NOT NULL, "actorId" character varying(36), "action" character varying(40) NOT NULL, "fromStatus" character varying(20), "toStatus" character varying(20) NOT NULL, "detail" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_559c4443ebd12a89f1220a6aa1c" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "share_audit_organization_idx" ON "share_audit_log"  ("organizationId", "createdAt") `);
      await queryRunner.query(`CREATE INDEX "share_audit_share_idx" ON "share_audit_log"  ("shareId", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "shares" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "postId" character varying(36) NOT NULL, "connectionId" character varying(36) NOT NULL, "network" character varying(20) NOT NULL, "commentary" text NOT NULL, "finalText" text NOT NULL, "link" character varying(2000), "title" character varying(300), "description" text, "status" character varying(20) NOT NULL, "approvedAt" TIMESTAMP WITH TIME ZONE, "approvedHash" character varying(64), "approvedById" character varying(36), "reviewNote" text, "reviewedById" character varying(36), "reviewedAt" TIMESTAMP WITH TIME ZONE, "scheduledAt" TIMESTAMP WITH TIME ZONE, "slotted" boolean NOT NULL DEFAULT false, "attemptId" character varying(36), "leaseExpiresAt" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "outcomeUnknown" boolean NOT NULL DEFAULT false, "publishedAt" TIMESTAMP WITH TIME ZONE, "externalId" character varying(200), "lastError" text, "cancelledReason" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b88473409066c43c2ccb1894a82" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "shares_due_idx" ON "shares"  ("status", "scheduledAt") `);
      await queryRunner.query(`CREATE INDEX "shares_post_idx" ON "shares"  ("postId", "status") `);
      await queryRunner.query(`CREATE INDEX "shares_owner_idx" ON "shares"  ("organizationId", "userId", "status") `);
    } else {
      await queryRunner.query(`CREATE TABLE "outbox_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "type" varchar(60) NOT NULL, "dedupeKey" varchar(200) NOT NULL, "payload" text NOT NULL, "createdAt" datetime NOT NULL, "consumedAt" datetime)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "outbox_events_dedupe_unique" ON "outbox_events" ("type", "dedupeKey") `);
      await queryRunner.query(`CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" ("consumedAt", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "compliance_rules" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "pattern" varchar(200) NOT NULL, "category" varchar(20) NOT NULL, "action" varchar(10) NOT NULL, "createdById" varchar(36), "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "compliance_rules_organization_idx" ON "compliance_rules" ("organizationId") `);
      await queryRunner.query(`CREATE TABLE "policy_versions" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "version" integer NOT NULL, "body" text NOT NULL, "createdById" varchar(36), "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "policy_versions_version_unique" ON "policy_versions" ("organizationId", "version") `);
      await queryRunner.query(`CREATE TABLE "policy_acknowledgements" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "policyVersionId" varchar(36) NOT NULL, "acknowledgedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "policy_acknowledgements_unique" ON "policy_acknowledgements" ("userId", "policyVersionId") `);
      await queryRunner.query(`CREATE TABLE "campaigns" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "goal" varchar(40), "startsAt" datetime, "endsAt" datetime, "pointsMultiplierPercent" integer NOT NULL DEFAULT (100), "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "campaigns_organization_idx" ON "campaigns" ("organizationId") `);
      await queryRunner.query(`CREATE TABLE "posts" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "campaignId" varchar(36), "title" varchar(300) NOT NULL, "url" varchar(2000), "description" text, "suggestedCommentary" text NOT NULL, "variants" text NOT NULL, "hashtags" text NOT NULL, "imageUrl" varchar(2000), "targetsEveryone" boolean NOT NULL DEFAULT (1), "status" varchar(16) NOT NULL DEFAULT ('draft'), "publishAt" datetime, "expiresAt" datetime, "featured" boolean NOT NULL DEFAULT (0), "points" integer, "requireOwnCommentary" boolean NOT NULL DEFAULT (0), "createdById" varchar(36) NOT NULL, "publishedAt" datetime, "archivedAt" datetime, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "posts_feed_idx" ON "posts" ("organizationId", "status", "featured", "publishedAt") `);
      await queryRunner.query(`CREATE TABLE "post_teams" ("postId" varchar(36) NOT NULL, "teamId" varchar(36) NOT NULL, "organizationId" varchar(36) NOT NULL, PRIMARY KEY ("postId", "teamId"))`);
      await queryRunner.query(`CREATE INDEX "post_teams_team_idx" ON "post_teams" ("teamId") `);
      await queryRunner.query(`CREATE TABLE "oauth_states" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "network" varchar(20) NOT NULL, "stateHash" varchar(64) NOT NULL, "expiresAt" datetime NOT NULL, "usedAt" datetime, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "oauth_states_hash_unique" ON "oauth_states" ("stateHash") `);
      await queryRunner.query(`CREATE TABLE "social_connections" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "network" varchar(20) NOT NULL, "externalId" varchar(200) NOT NULL, "displayName" varchar(200) NOT NULL, "pictureUrl" varchar(500), "status" varchar(20) NOT NULL, "keyId" varchar(32), "accessTokenCiphertext" text, "refreshTokenCiphertext" text, "scopes" varchar(300) NOT NULL, "expiresAt" datetime NOT NULL, "refreshExpiresAt" datetime, "expiryWarnedAt" datetime, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "social_connections_account_unique" ON "social_connections" ("userId", "network", "externalId") `);
      await queryRunner.query(`CREATE INDEX "social_connections_user_idx" ON "social_connections" ("organizationId", "userId") `);
      await queryRunner.query(`CREATE TABLE "share_audit_log" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "shareId" varchar(36) NOT NULL, "actorId" varchar(36), "action" varchar(40) NOT NULL, "fromStatus" varchar(20), "toStatus" varchar(20) NOT NULL, "detail" text, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "share_audit_organization_idx" ON "share_audit_log" ("organizationId", "createdAt") `);
      await queryRunner.query(`CREATE INDEX "share_audit_share_idx" ON "share_audit_log" ("shareId", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "shares" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "postId" varchar(36) NOT NULL, "connectionId" varchar(36) NOT NULL, "network" varchar(20) NOT NULL, "commentary" text NOT NULL, "finalText" text NOT NULL, "link" varchar(2000), "title" varchar(300), "description" text, "status" varchar(20) NOT NULL, "approvedAt" datetime, "approvedHash" varchar(64), "approvedById" varchar(36), "reviewNote" text, "reviewedById" varchar(36), "reviewedAt" datetime, "scheduledAt" datetime, "slotted" boolean NOT NULL DEFAULT (0), "attemptId" varchar(36), "leaseExpiresAt" datetime, "attempts" integer NOT NULL DEFAULT (0), "outcomeUnknown" boolean NOT NULL DEFAULT (0), "publishedAt" datetime, "externalId" varchar(200), "lastError" text, "cancelledReason" text, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "shares_due_idx" ON "shares" ("status", "scheduledAt") `);
      await queryRunner.query(`CREATE INDEX "shares_post_idx" ON "shares" ("postId", "status") `);
      await queryRunner.query(`CREATE INDEX "shares_owner_idx" ON "shares" ("organizationId", "userId", "status") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { table: 'shares', indexes: ['shares_owner_idx', 'shares_post_idx', 'shares_due_idx'] },
      { table: 'share_audit_log', indexes: ['share_audit_share_idx', 'share_audit_organization_idx'] },
      { table: 'social_connections', indexes: ['social_connections_user_idx', 'social_connections_account_unique'] },
      { table: 'oauth_states', indexes: ['oauth_states_hash_unique'] },
      { table: 'post_teams', indexes: ['post_teams_team_idx'] },
      { table: 'posts', indexes: ['posts_feed_idx'] },
      { table: 'campaigns', indexes: ['campaigns_organization_idx'] },
      { table: 'policy_acknowledgements', indexes: ['policy_acknowledgements_unique'] },
      { table: 'policy_versions', indexes: ['policy_versions_version_unique'] },
      { table: 'compliance_rules', indexes: ['compliance_rules_organization_idx'] },
      { table: 'outbox_events', indexes: ['outbox_events_pending_idx', 'outbox_events_dedupe_unique'] },
    ]);
  }
}
