import { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './dialect';

export class DemoShares1796409930087 implements MigrationInterface {
  name = 'DemoShares1796409930087';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`ALTER TABLE "shares" ADD "demo" boolean NOT NULL DEFAULT false`);
    } else {
      await queryRunner.query(`DROP INDEX "shares_connection_published_idx"`);
      await queryRunner.query(`DROP INDEX "shares_tracking_code_idx"`);
      await queryRunner.query(`DROP INDEX "shares_owner_idx"`);
      await queryRunner.query(`DROP INDEX "shares_post_idx"`);
      await queryRunner.query(`DROP INDEX "shares_due_idx"`);
      await queryRunner.query(`CREATE TABLE "temporary_shares" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "postId" varchar(36) NOT NULL, "connectionId" varchar(36) NOT NULL, "network" varchar(20) NOT NULL, "commentary" text NOT NULL, "finalText" text NOT NULL, "link" varchar(2000), "title" varchar(300), "description" text, "status" varchar(20) NOT NULL, "approvedAt" datetime, "approvedHash" varchar(64), "approvedById" varchar(36), "reviewNote" text, "reviewedById" varchar(36), "reviewedAt" datetime, "scheduledAt" datetime, "slotted" boolean NOT NULL DEFAULT (0), "attemptId" varchar(36), "leaseExpiresAt" datetime, "attempts" integer NOT NULL DEFAULT (0), "outcomeUnknown" boolean NOT NULL DEFAULT (0), "publishedAt" datetime, "externalId" varchar(200), "lastError" text, "cancelledReason" text, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "trackingCode" varchar(16), "destinationUrl" varchar(2500), "demo" boolean NOT NULL DEFAULT (0))`);
      await queryRunner.query(`INSERT INTO "temporary_shares"("id", "organizationId", "userId", "postId", "connectionId", "network", "commentary", "finalText", "link", "title", "description", "status", "approvedAt", "approvedHash", "approvedById", "reviewNote", "reviewedById", "reviewedAt", "scheduledAt", "slotted", "attemptId", "leaseExpiresAt", "attempts", "outcomeUnknown", "publishedAt", "externalId", "lastError", "cancelledReason", "createdAt", "updatedAt", "trackingCode", "destinationUrl") SELECT "id", "organizationId", "userId", "postId", "connectionId", "network", "commentary", "finalText", "link", "title", "description", "status", "approvedAt", "approvedHash", "approvedById", "reviewNote", "reviewedById", "reviewedAt", "scheduledAt", "slotted", "attemptId", "leaseExpiresAt", "attempts", "outcomeUnknown", "publishedAt", "externalId", "lastError", "cancelledReason", "createdAt", "updatedAt", "trackingCode", "destinationUrl" FROM "shares"`);
      await queryRunner.query(`DROP TABLE "shares"`);
      await queryRunner.query(`ALTER TABLE "temporary_shares" RENAME TO "shares"`);
      await queryRunner.query(`CREATE INDEX "shares_connection_published_idx" ON "shares" ("connectionId", "status", "publishedAt") `);
      await queryRunner.query(`CREATE UNIQUE INDEX "shares_tracking_code_idx" ON "shares" ("trackingCode") `);
      await queryRunner.query(`CREATE INDEX "shares_owner_idx" ON "shares" ("organizationId", "userId", "status") `);
      await queryRunner.query(`CREATE INDEX "shares_post_idx" ON "shares" ("postId", "status") `);
      await queryRunner.query(`CREATE INDEX "shares_due_idx" ON "shares" ("status", "scheduledAt") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`ALTER TABLE "shares" DROP COLUMN "demo"`);
    } else {
      await queryRunner.query(`DROP INDEX "shares_due_idx"`);
      await queryRunner.query(`DROP INDEX "shares_post_idx"`);
      await queryRunner.query(`DROP INDEX "shares_owner_idx"`);
      await queryRunner.query(`DROP INDEX "shares_tracking_code_idx"`);
      await queryRunner.query(`DROP INDEX "shares_connection_published_idx"`);
      await queryRunner.query(`ALTER TABLE "shares" RENAME TO "temporary_shares"`);
      await queryRunner.query(`CREATE TABLE "shares" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "postId" varchar(36) NOT NULL, "connectionId" varchar(36) NOT NULL, "network" varchar(20) NOT NULL, "commentary" text NOT NULL, "finalText" text NOT NULL, "link" varchar(2000), "title" varchar(300), "description" text, "status" varchar(20) NOT NULL, "approvedAt" datetime, "approvedHash" varchar(64), "approvedById" varchar(36), "reviewNote" text, "reviewedById" varchar(36), "reviewedAt" datetime, "scheduledAt" datetime, "slotted" boolean NOT NULL DEFAULT (0), "attemptId" varchar(36), "leaseExpiresAt" datetime, "attempts" integer NOT NULL DEFAULT (0), "outcomeUnknown" boolean NOT NULL DEFAULT (0), "publishedAt" datetime, "externalId" varchar(200), "lastError" text, "cancelledReason" text, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "trackingCode" varchar(16), "destinationUrl" varchar(2500))`);
      await queryRunner.query(`INSERT INTO "shares"("id", "organizationId", "userId", "postId", "connectionId", "network", "commentary", "finalText", "link", "title", "description", "status", "approvedAt", "approvedHash", "approvedById", "reviewNote", "reviewedById", "reviewedAt", "scheduledAt", "slotted", "attemptId", "leaseExpiresAt", "attempts", "outcomeUnknown", "publishedAt", "externalId", "lastError", "cancelledReason", "createdAt", "updatedAt", "trackingCode", "destinationUrl") SELECT "id", "organizationId", "userId", "postId", "connectionId", "network", "commentary", "finalText", "link", "title", "description", "status", "approvedAt", "approvedHash", "approvedById", "reviewNote", "reviewedById", "reviewedAt", "scheduledAt", "slotted", "attemptId", "leaseExpiresAt", "attempts", "outcomeUnknown", "publishedAt", "externalId", "lastError", "cancelledReason", "createdAt", "updatedAt", "trackingCode", "destinationUrl" FROM "temporary_shares"`);
      await queryRunner.query(`DROP TABLE "temporary_shares"`);
      await queryRunner.query(`CREATE INDEX "shares_due_idx" ON "shares" ("status", "scheduledAt") `);
      await queryRunner.query(`CREATE INDEX "shares_post_idx" ON "shares" ("postId", "status") `);
      await queryRunner.query(`CREATE INDEX "shares_owner_idx" ON "shares" ("organizationId", "userId", "status") `);
      await queryRunner.query(`CREATE UNIQUE INDEX "shares_tracking_code_idx" ON "shares" ("trackingCode") `);
      await queryRunner.query(`CREATE INDEX "shares_connection_published_idx" ON "shares" ("connectionId", "status", "publishedAt") `);
    }
  }
}
