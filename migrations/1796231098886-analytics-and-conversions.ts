import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class AnalyticsAndConversions1796231098886 implements MigrationInterface {
  name = 'AnalyticsAndConversions1796231098886';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "api_keys" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "secretHash" character varying(64) NOT NULL, "createdById" character varying(36), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "lastUsedAt" TIMESTAMP WITH TIME ZONE, "revokedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "api_keys_organization_idx" ON "api_keys"  ("organizationId") `);
      await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_secret_hash_idx" ON "api_keys"  ("secretHash") `);
      await queryRunner.query(`CREATE TABLE "conversions" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "shareId" character varying(36) NOT NULL, "kind" character varying(20) NOT NULL, "valueMinor" integer, "idempotencyKey" character varying(200) NOT NULL, "apiKeyId" character varying(36) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4af8c6388f42a1849ee9b22fa16" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "conversions_share_idx" ON "conversions"  ("shareId") `);
      await queryRunner.query(`CREATE INDEX "conversions_organization_idx" ON "conversions"  ("organizationId", "createdAt") `);
      await queryRunner.query(`CREATE UNIQUE INDEX "conversions_idempotency_idx" ON "conversions"  ("organizationId", "idempotencyKey") `);
      await queryRunner.query(`CREATE TABLE "analytics_settings" ("organizationId" character varying(36) NOT NULL, "currency" character varying(3) NOT NULL, "cpmMinor" integer NOT NULL, "cpcMinor" integer NOT NULL, "perReactionMinor" integer NOT NULL, "perCommentMinor" integer NOT NULL, "perReshareMinor" integer NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_db3eab76b86bd335f5430b637eb" PRIMARY KEY ("organizationId"))`);
    } else {
      await queryRunner.query(`CREATE TABLE "api_keys" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "name" varchar(100) NOT NULL, "prefix" varchar(16) NOT NULL, "secretHash" varchar(64) NOT NULL, "createdById" varchar(36), "createdAt" datetime NOT NULL, "lastUsedAt" datetime, "revokedAt" datetime)`);
      await queryRunner.query(`CREATE INDEX "api_keys_organization_idx" ON "api_keys" ("organizationId") `);
      await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_secret_hash_idx" ON "api_keys" ("secretHash") `);
      await queryRunner.query(`CREATE TABLE "conversions" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "shareId" varchar(36) NOT NULL, "kind" varchar(20) NOT NULL, "valueMinor" integer, "idempotencyKey" varchar(200) NOT NULL, "apiKeyId" varchar(36) NOT NULL, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "conversions_share_idx" ON "conversions" ("shareId") `);
      await queryRunner.query(`CREATE INDEX "conversions_organization_idx" ON "conversions" ("organizationId", "createdAt") `);
      await queryRunner.query(`CREATE UNIQUE INDEX "conversions_idempotency_idx" ON "conversions" ("organizationId", "idempotencyKey") `);
      await queryRunner.query(`CREATE TABLE "analytics_settings" ("organizationId" varchar(36) PRIMARY KEY NOT NULL, "currency" varchar(3) NOT NULL, "cpmMinor" integer NOT NULL, "cpcMinor" integer NOT NULL, "perReactionMinor" integer NOT NULL, "perCommentMinor" integer NOT NULL, "perReshareMinor" integer NOT NULL, "updatedAt" datetime NOT NULL)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { table: 'analytics_settings' },
      { table: 'conversions', indexes: ['conversions_idempotency_idx', 'conversions_organization_idx', 'conversions_share_idx'] },
      { table: 'api_keys', indexes: ['api_keys_secret_hash_idx', 'api_keys_organization_idx'] },
    ]);
  }
}
