import { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './dialect';

export class NotificationCodes1796162941107 implements MigrationInterface {
  name = 'NotificationCodes1796162941107';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`ALTER TABLE "notifications" ADD "code" character varying(100)`);
      await queryRunner.query(`ALTER TABLE "notifications" ADD "params" text`);
      await queryRunner.query(`ALTER TABLE "contests" ADD "startAnnouncedAt" TIMESTAMP WITH TIME ZONE`);
      await queryRunner.query(`CREATE INDEX "notifications_unread_idx" ON "notifications"  ("userId", "readAt") `);
    } else {
      await queryRunner.query(`DROP INDEX "notifications_user_idx"`);
      await queryRunner.query(`DROP INDEX "notifications_dedupe_unique"`);
      await queryRunner.query(`CREATE TABLE "temporary_notifications" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "kind" varchar(64) NOT NULL, "dedupeKey" varchar(200) NOT NULL, "title" varchar(200) NOT NULL, "body" text NOT NULL, "link" varchar(500), "readAt" datetime, "createdAt" datetime NOT NULL, "code" varchar(100), "params" text)`);
      await queryRunner.query(`INSERT INTO "temporary_notifications"("id", "organizationId", "userId", "kind", "dedupeKey", "title", "body", "link", "readAt", "createdAt") SELECT "id", "organizationId", "userId", "kind", "dedupeKey", "title", "body", "link", "readAt", "createdAt" FROM "notifications"`);
      await queryRunner.query(`DROP TABLE "notifications"`);
      await queryRunner.query(`ALTER TABLE "temporary_notifications" RENAME TO "notifications"`);
      await queryRunner.query(`CREATE INDEX "notifications_user_idx" ON "notifications" ("userId", "createdAt") `);
      await queryRunner.query(`CREATE UNIQUE INDEX "notifications_dedupe_unique" ON "notifications" ("userId", "dedupeKey") `);
      await queryRunner.query(`DROP INDEX "contests_organization_idx"`);
      await queryRunner.query(`DROP INDEX "contests_due_idx"`);
      await queryRunner.query(`CREATE TABLE "temporary_contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "description" text, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "timezone" varchar(64) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, "scope" varchar(12) NOT NULL, "teamId" varchar(36), "minPoints" integer NOT NULL, "prizes" text NOT NULL, "status" varchar(10) NOT NULL, "results" text, "closedAt" datetime, "createdById" varchar(36), "createdAt" datetime NOT NULL, "startAnnouncedAt" datetime)`);
      await queryRunner.query(`INSERT INTO "temporary_contests"("id", "organizationId", "name", "description", "startsOn", "endsOn", "timezone", "startsAt", "endsAt", "scope", "teamId", "minPoints", "prizes", "status", "results", "closedAt", "createdById", "createdAt") SELECT "id", "organizationId", "name", "description", "startsOn", "endsOn", "timezone", "startsAt", "endsAt", "scope", "teamId", "minPoints", "prizes", "status", "results", "closedAt", "createdById", "createdAt" FROM "contests"`);
      await queryRunner.query(`DROP TABLE "contests"`);
      await queryRunner.query(`ALTER TABLE "temporary_contests" RENAME TO "contests"`);
      await queryRunner.query(`CREATE INDEX "contests_organization_idx" ON "contests" ("organizationId", "status", "endsAt") `);
      await queryRunner.query(`CREATE INDEX "contests_due_idx" ON "contests" ("status", "endsAt") `);
      await queryRunner.query(`CREATE INDEX "notifications_unread_idx" ON "notifications" ("userId", "readAt") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`DROP INDEX "public"."notifications_unread_idx"`);
      await queryRunner.query(`ALTER TABLE "contests" DROP COLUMN "startAnnouncedAt"`);
      await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "params"`);
      await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "code"`);
    } else {
      await queryRunner.query(`DROP INDEX "notifications_unread_idx"`);
      await queryRunner.query(`DROP INDEX "contests_due_idx"`);
      await queryRunner.query(`DROP INDEX "contests_organization_idx"`);
      await queryRunner.query(`ALTER TABLE "contests" RENAME TO "temporary_contests"`);
      await queryRunner.query(`CREATE TABLE "contests" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "description" text, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "timezone" varchar(64) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, "scope" varchar(12) NOT NULL, "teamId" varchar(36), "minPoints" integer NOT NULL, "prizes" text NOT NULL, "status" varchar(10) NOT NULL, "results" text, "closedAt" datetime, "createdById" varchar(36), "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`INSERT INTO "contests"("id", "organizationId", "name", "description", "startsOn", "endsOn", "timezone", "startsAt", "endsAt", "scope", "teamId", "minPoints", "prizes", "status", "results", "closedAt", "createdById", "createdAt") SELECT "id", "organizationId", "name", "description", "startsOn", "endsOn", "timezone", "startsAt", "endsAt", "scope", "teamId", "minPoints", "prizes", "status", "results", "closedAt", "createdById", "createdAt" FROM "temporary_contests"`);
      await queryRunner.query(`DROP TABLE "temporary_contests"`);
      await queryRunner.query(`CREATE INDEX "contests_due_idx" ON "contests" ("status", "endsAt") `);
      await queryRunner.query(`CREATE INDEX "contests_organization_idx" ON "contests" ("organizationId", "status", "endsAt") `);
      await queryRunner.query(`DROP INDEX "notifications_dedupe_unique"`);
      await queryRunner.query(`DROP INDEX "notifications_user_idx"`);
      await queryRunner.query(`ALTER TABLE "notifications" RENAME TO "temporary_notifications"`);
      await queryRunner.query(`CREATE TABLE "notifications" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "kind" varchar(64) NOT NULL, "dedupeKey" varchar(200) NOT NULL, "title" varchar(200) NOT NULL, "body" text NOT NULL, "link" varchar(500), "readAt" datetime, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`INSERT INTO "notifications"("id", "organizationId", "userId", "kind", "dedupeKey", "title", "body", "link", "readAt", "createdAt") SELECT "id", "organizationId", "userId", "kind", "dedupeKey", "title", "body", "link", "readAt", "createdAt" FROM "temporary_notifications"`);
      await queryRunner.query(`DROP TABLE "temporary_notifications"`);
      await queryRunner.query(`CREATE UNIQUE INDEX "notifications_dedupe_unique" ON "notifications" ("userId", "dedupeKey") `);
      await queryRunner.query(`CREATE INDEX "notifications_user_idx" ON "notifications" ("userId", "createdAt") `);
    }
  }
}
