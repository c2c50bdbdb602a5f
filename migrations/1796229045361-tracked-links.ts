import { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './dialect';

export class TrackedLinks1796229045361 implements MigrationInterface {
  name = 'TrackedLinks1796229045361';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "link_clicks" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "shareId" character varying(36) NOT NULL, "visitorHash" character varying(64) NOT NULL, "clickedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_19d536461401f505e14ddf46ae6" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "link_clicks_organization_idx" ON "link_clicks"  ("organizationId", "clickedAt") `);
      await queryRunner.query(`CREATE INDEX "link_clicks_share_visitor_idx" ON "link_clicks"  ("shareId", "visitorHash", "clickedAt") `);
      await queryRunner.query(`CREATE TABLE "click_salts" ("day" character varying(10) NOT NULL, "salt" character varying(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4c9124759647aebe8e006d4957e" PRIMARY KEY ("day"))`);
      await queryRunner.query(`ALTER TABLE "shares" ADD "trackingCode" character varying(16)`);
      await queryRunner.query(`ALTER TABLE "shares" ADD "destinationUrl" character varying(2500)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "shares_tracking_code_idx" ON "shares"  ("trackingCode") `);
    } else {
      await queryRunner.query(`CREATE TABLE "link_clicks" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "shareId" varchar(36) NOT NULL, "visitorHash" varchar(64) NOT NULL, "clickedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "link_clicks_organization_idx" ON "link_clicks" ("organizationId", "clickedAt") `);
      await queryRunner.query(`CREATE INDEX "link_clicks_share_visitor_idx" ON "link_clicks" ("shareId", "visitorHash", "clickedAt") `);
      await queryRunner.query(`CREATE TABLE "click_salts" ("day" varchar(10) PRIMARY KEY NOT NULL, "salt" varchar(64) NOT NULL, "createdAt" datetime NOT NULL)`);
      // Two nullable columns: ALTER TABLE, rather than TypeORM's copy of the whole shares table.
      await queryRunner.query(`ALTER TABLE "shares" ADD COLUMN "trackingCode" varchar(16)`);
      await queryRunner.query(`ALTER TABLE "shares" ADD COLUMN "destinationUrl" varchar(2500)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "shares_tracking_code_idx" ON "shares" ("trackingCode") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`DROP INDEX "public"."shares_tracking_code_idx"`);
      await queryRunner.query(`ALTER TABLE "shares" DROP COLUMN "destinationUrl"`);
      await queryRunner.query(`ALTER TABLE "shares" DROP COLUMN "trackingCode"`);
      await queryRunner.query(`DROP TABLE "click_salts"`);
      await queryRunner.query(`DROP INDEX "public"."link_clicks_share_visitor_idx"`);
      await queryRunner.query(`DROP INDEX "public"."link_clicks_organization_idx"`);
      await queryRunner.query(`DROP TABLE "link_clicks"`);
    } else {
      await queryRunner.query(`DROP INDEX "shares_tracking_code_idx"`);
      await queryRunner.query(`ALTER TABLE "shares" DROP COLUMN "destinationUrl"`);
      await queryRunner.query(`ALTER TABLE "shares" DROP COLUMN "trackingCode"`);
      await queryRunner.query(`DROP TABLE "click_salts"`);
      await queryRunner.query(`DROP INDEX "link_clicks_share_visitor_idx"`);
      await queryRunner.query(`DROP INDEX "link_clicks_organization_idx"`);
      await queryRunner.query(`DROP TABLE "link_clicks"`);
    }
  }
}
