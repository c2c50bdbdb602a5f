import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class EngagementSnapshots1796229776367 implements MigrationInterface {
  name = 'EngagementSnapshots1796229776367';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "engagement_snapshots" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "shareId" character varying(36) NOT NULL, "network" character varying(20) NOT NULL, "reactions" integer NOT NULL, "comments" integer NOT NULL, "reshares" integer NOT NULL, "impressions" integer, "capturedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_028f14a159c8d038080e1b7ad0a" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "engagement_snapshots_organization_idx" ON "engagement_snapshots"  ("organizationId", "capturedAt") `);
      await queryRunner.query(`CREATE INDEX "engagement_snapshots_share_idx" ON "engagement_snapshots"  ("shareId", "capturedAt") `);
      await queryRunner.query(`CREATE TABLE "engagement_tracking" ("shareId" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "connectionId" character varying(36) NOT NULL, "network" character varying(20) NOT NULL, "externalId" character varying(200) NOT NULL, "publishedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "slotAt" TIMESTAMP WITH TIME ZONE NOT NULL, "nextReadAt" TIMESTAMP WITH TIME ZONE NOT NULL, "claimId" character varying(36), "failures" integer NOT NULL DEFAULT '0', "lastError" character varying(500), "lastReadAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a86143b5f28a972ca1940c956ea" PRIMARY KEY ("shareId"))`);
      await queryRunner.query(`CREATE INDEX "engagement_tracking_due_idx" ON "engagement_tracking"  ("status", "nextReadAt") `);
    } else {
      await queryRunner.query(`CREATE TABLE "engagement_snapshots" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "shareId" varchar(36) NOT NULL, "network" varchar(20) NOT NULL, "reactions" integer NOT NULL, "comments" integer NOT NULL, "reshares" integer NOT NULL, "impressions" integer, "capturedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "engagement_snapshots_organization_idx" ON "engagement_snapshots" ("organizationId", "capturedAt") `);
      await queryRunner.query(`CREATE INDEX "engagement_snapshots_share_idx" ON "engagement_snapshots" ("shareId", "capturedAt") `);
      await queryRunner.query(`CREATE TABLE "engagement_tracking" ("shareId" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "connectionId" varchar(36) NOT NULL, "network" varchar(20) NOT NULL, "externalId" varchar(200) NOT NULL, "publishedAt" datetime NOT NULL, "status" varchar(20) NOT NULL, "slotAt" datetime NOT NULL, "nextReadAt" datetime NOT NULL, "claimId" varchar(36), "failures" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "lastReadAt" datetime)`);
      await queryRunner.query(`CREATE INDEX "engagement_tracking_due_idx" ON "engagement_tracking" ("status", "nextReadAt") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { table: 'engagement_tracking', indexes: ['engagement_tracking_due_idx'] },
      { table: 'engagement_snapshots', indexes: ['engagement_snapshots_share_idx', 'engagement_snapshots_organization_idx'] },
    ]);
  }
}
