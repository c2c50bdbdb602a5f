import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class Gamification1795292689121 implements MigrationInterface {
  name = 'Gamification1795292689121';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "contests" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "description" text, "startsOn" character varying(10) NOT NULL, "endsOn" character varying(10) NOT NULL, "timezone" character varying(64) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "scope" character varying(12) NOT NULL, "teamId" character varying(36), "minPoints" integer NOT NULL, "prizes" text NOT NULL, "status" character varying(10) NOT NULL, "results" text, "closedAt" TIMESTAMP WITH TIME ZONE, "createdById" character varying(36), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0b8012f5cf6f444a52179e1227a" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "contests_due_idx" ON "contests"  ("status", "endsAt") `);
      await queryRunner.query(`CREATE INDEX "contests_organization_idx" ON "contests"  ("organizationId", "status", "endsAt") `);
      await queryRunner.query(`CREATE TABLE "contest_entries" ("contestId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "points" integer NOT NULL, "reachedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d2f5c8524f52e9818c65a41e543" PRIMARY KEY ("contestId", "userId"))`);
      await queryRunner.query(`CREATE INDEX "contest_entries_standings_idx" ON "contest_entries"  ("contestId", "points") `);
      await queryRunner.query(`CREATE TABLE "period_closings" ("organizationId" character varying(36) NOT NULL, "period" character varying(10) NOT NULL, "periodKey" character varying(10) NOT NULL, "closedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b3324024d6f39744334f60050f1" PRIMARY KEY ("organizationId", "period", "periodKey"))`);
      await queryRunner.query(`CREATE TABLE "point_balances" ("userId" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "balance" integer NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "point_balances_not_negative" CHECK ("balance" >= 0), CONSTRAINT "PK_1fdd897cd7adc60e8a47e8fd1c1" PRIMARY KEY ("userId"))`);
      await queryRunner.query(`CREATE TABLE "point_events" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "kind" character varying(30) NOT NULL, "source" character varying(200) NOT NULL, "points" integer NOT NULL, "shareId" character varying(36), "detail" text, "occurredAt" TIMESTAMP WITH TIME ZONE NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_14cbd6b4e90db5df8728df1ce94" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "point_events_share_idx" ON "point_events"  ("shareId", "kind", "occurredAt") `);
      await queryRunner.query(`CREATE INDEX "point_events_organization_time_idx" ON "point_events"  ("organizationId", "occurredAt") `);
      await queryRunner.query(`CREATE INDEX "point_events_user_time_idx" ON "point_events"  ("userId", "occurredAt") `);
      await queryRunner.query(`CREATE UNIQUE INDEX "point_events_award_unique" ON "point_events"  ("userId", "kind", "source") `);
      await queryRunner.query(`CREATE TABLE "point_totals" ("userId" character varying(36) NOT NULL, "period" character varying(10) NOT NULL, "periodKey" character varying(10) NOT NULL, "organizationId" character varying(36) NOT NULL, "points" integer NOT NULL, "visible" boolean NOT NULL, "reachedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2e46b8ec2e754cbd5a9ca7905ca" PRIMARY KEY ("userId", "period", "periodKey"))`);
      await queryRunner.query(`CREATE INDEX "point_totals_board_idx" ON "point_totals"  ("organizationId", "period", "periodKey", "visible", "points", "reachedAt", "userId") `);
      await queryRunner.query(`CREATE TABLE "point_score_counts" ("organizationId" character varying(36) NOT NULL, "period" character varying(10) NOT NULL, "periodKey" character varying(10) NOT NULL, "points" integer NOT NULL, "users" integer NOT NULL, CONSTRAINT "PK_9e87c9578da76634a3f6485d82f" PRIMARY KEY ("organizationId", "period", "periodKey", "points"))`);
      await queryRunner.query(`CREATE TABLE "points_rules" ("organizationId" character varying(36) NOT NULL, "sharePublished" integer NOT NULL, "ownCommentaryBonus" integer NOT NULL, "perClick" integer NOT NULL, "clickDailyCapPerShare" integer NOT NULL, "perEngagement" integer NOT NULL, "engagementDailyCapPerShare" integer NOT NULL, "contestPrizePoints" text NOT NULL, "updatedById" character varying(36), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1536f94e787aa488028d669dbf0" PRIMARY KEY ("organizationId"))`);
      await queryRunner.query(`CREATE TABLE "redemptions" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "rewardId" character varying(36) NOT NULL, "rewardName" character varying(120) NOT NULL, "cost" integer NOT NULL, "status" character varying(10) NOT NULL, "note" text, "decidedById" character varying(36), "decidedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_def143ab94376fea5985bb04219" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "redemptions_user_idx" ON "redemptions"  ("userId", "createdAt") `);
      await queryRunner.query(`CREATE INDEX "redemptions_organization_idx" ON "redemptions"  ("organizationId", "status", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "rewards" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "name" character varying(120) NOT NULL, "description" text, "cost" integer NOT NULL, "stock" integer, "active" boolean NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "rewards_cost_positive" CHECK ("cost" > 0), CONSTRAINT "rewards_stock_not_negative" CHECK ("stock" IS NULL OR "stock" >= 0), CONSTRAINT "PK_3d947441a48debeb9b7366f8b8c" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "rewards_organization_idx" ON "rewards"  ("organizationId", "active") `);
      await queryRunner.query(`CREATE TABLE "user_badges" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "badge" character varying(40) NOT NULL, "awardedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "detail" text, CONSTRAINT "PK_0ca139216824d745a930065706a" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "user_badges_unique" ON "user_badges"  ("userId", "badge") `);
    } else {
      await queryRunner.query(`CREATE TABLE "contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "description" text, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "timezone" varchar(64) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, "scope" varchar(12) NOT NULL, "teamId" varchar(36), "minPoints" integer NOT NULL, "prizes" text NOT NULL, "status" varchar(10) NOT NULL, "results" text, "closedAt" datetime, "createdById" varchar(36), "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "contests_due_idx" ON "contests" ("status", "endsAt") `);
      await queryRunner.query(`CREATE INDEX "contests_organization_idx" ON "contests" ("organizationId", "status", "endsAt") `);
      await queryRunner.query(`CREATE TABLE "contest_entries" ("contestId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "organizationId" varchar(36) NOT NULL, "points" integer NOT NULL, "reachedAt" datetime NOT NULL, PRIMARY KEY ("contestId", "userId"))`);
      await queryRunner.query(`CREATE INDEX "contest_entries_standings_idx" ON "contest_entries" ("contestId", "points") `);
      await queryRunner.query(`CREATE TABLE "period_closings" ("organizationId" varchar(36) NOT NULL, "period" varchar(10) NOT NULL, "periodKey" varchar(10) NOT NULL, "closedAt" datetime NOT NULL, PRIMARY KEY ("organizationId", "period", "periodKey"))`);
      await queryRunner.query(`CREATE TABLE "point_balances" ("userId" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "balance" integer NOT NULL, "updatedAt" datetime NOT NULL, CONSTRAINT "point_balances_not_negative" CHECK ("balance" >= 0))`);
      await queryRunner.query(`CREATE TABLE "point_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "kind" varchar(30) NOT NULL, "source" varchar(200) NOT NULL, "points" integer NOT NULL, "shareId" varchar(36), "detail" text, "occurredAt" datetime NOT NULL, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "point_events_share_idx" ON "point_events" ("shareId", "kind", "occurredAt") `);
      await queryRunner.query(`CREATE INDEX "point_events_organization_time_idx" ON "point_events" ("organizationId", "occurredAt") `);
      await queryRunner.query(`CREATE INDEX "point_events_user_time_idx" ON "point_events" ("userId", "occurredAt") `);
      await queryRunner.query(`CREATE UNIQUE INDEX "point_events_award_unique" ON "point_events" ("userId", "kind", "source") `);
      await queryRunner.query(`CREATE TABLE "point_totals" ("userId" varchar(36) NOT NULL, "period" varchar(10) NOT NULL, "periodKey" varchar(10) NOT NULL, "organizationId" varchar(36) NOT NULL, "points" integer NOT NULL, "visible" boolean NOT NULL, "reachedAt" datetime NOT NULL, PRIMARY KEY ("userId", "period", "periodKey"))`);
      await queryRunner.query(`CREATE INDEX "point_totals_board_idx" ON "point_totals" ("organizationId", "period", "periodKey", "visible", "points", "reachedAt", "userId") `);
      await queryRunner.query(`CREATE TABLE "point_score_counts" ("organizationId" varchar(36) NOT NULL, "period" varchar(10) NOT NULL, "periodKey" varchar(10) NOT NULL, "points" integer NOT NULL, "users" integer NOT NULL, PRIMARY KEY ("organizationId", "period", "periodKey", "points"))`);
      await queryRunner.query(`CREATE TABLE "points_rules" ("organizationId" varchar(36) PRIMARY KEY NOT NULL, "sharePublished" integer NOT NULL, "ownCommentaryBonus" integer NOT NULL, "perClick" integer NOT NULL, "clickDailyCapPerShare" integer NOT NULL, "perEngagement" integer NOT NULL, "engagementDailyCapPerShare" integer NOT NULL, "contestPrizePoints" text NOT NULL, "updatedById" varchar(36), "updatedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE TABLE "redemptions" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "rewardId" varchar(36) NOT NULL, "rewardName" varchar(120) NOT NULL, "cost" integer NOT NULL, "status" varchar(10) NOT NULL, "note" text, "decidedById" varchar(36), "decidedAt" datetime, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "redemptions_user_idx" ON "redemptions" ("userId", "createdAt") `);
      await queryRunner.query(`CREATE INDEX "redemptions_organization_idx" ON "redemptions" ("organizationId", "status", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "rewards" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "description" text, "cost" integer NOT NULL, "stock" integer, "active" boolean NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, CONSTRAINT "rewards_cost_positive" CHECK ("cost" > 0), CONSTRAINT "rewards_stock_not_negative" CHECK ("stock" IS NULL OR "stock" >= 0))`);
      await queryRunner.query(`CREATE INDEX "rewards_organization_idx" ON "rewards" ("organizationId", "active") `);
      await queryRunner.query(`CREATE TABLE "user_badges" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "badge" varchar(40) NOT NULL, "awardedAt" datetime NOT NULL, "detail" text)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "user_badges_unique" ON "user_badges" ("userId", "badge") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { table: 'user_badges', indexes: ['user_badges_unique'] },
      { table: 'rewards', indexes: ['rewards_organization_idx'] },
      { table: 'redemptions', indexes: ['redemptions_organization_idx', 'redemptions_user_idx'] },
      { table: 'points_rules' },
      { table: 'point_score_counts' },
      { table: 'point_totals', indexes: ['point_totals_board_idx'] },
      { table: 'point_events', indexes: ['point_events_award_unique', 'point_events_user_time_idx', 'point_events_organization_time_idx', 'point_events_share_idx'] },
      { table: 'point_balances' },
      { table: 'period_closings' },
      { table: 'contest_entries', indexes: ['contest_entries_standings_idx'] },
      { table: 'contests', indexes: ['contests_organization_idx', 'contests_due_idx'] },
    ]);
  }
}
