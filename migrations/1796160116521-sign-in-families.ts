import { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './dialect';

export class SignInFamilies1796160116521 implements MigrationInterface {
  name = 'SignInFamilies1796160116521';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      // Existing sessions become families of their own, so nobody is signed out by the upgrade.
      await queryRunner.query(`ALTER TABLE "refresh_sessions" ADD "familyId" character varying(36)`);
      await queryRunner.query(`UPDATE "refresh_sessions" SET "familyId" = "id"`);
      await queryRunner.query(`ALTER TABLE "refresh_sessions" ALTER COLUMN "familyId" SET NOT NULL`);
      await queryRunner.query(`CREATE INDEX "refresh_sessions_family_idx" ON "refresh_sessions"  ("familyId", "revokedAt") `);
    } else {
      await queryRunner.query(`DROP INDEX "refresh_sessions_user_idx"`);
      await queryRunner.query(`CREATE TABLE "temporary_refresh_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "tokenHash" varchar(64) NOT NULL, "expiresAt" datetime NOT NULL, "revokedAt" datetime, "createdAt" datetime NOT NULL, "familyId" varchar(36) NOT NULL, CONSTRAINT "FK_78744bff965517952df6c02da76" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
      await queryRunner.query(`INSERT INTO "temporary_refresh_sessions"("id", "organizationId", "userId", "tokenHash", "expiresAt", "revokedAt", "createdAt", "familyId") SELECT "id", "organizationId", "userId", "tokenHash", "expiresAt", "revokedAt", "createdAt", "id" FROM "refresh_sessions"`);
      await queryRunner.query(`DROP TABLE "refresh_sessions"`);
      await queryRunner.query(`ALTER TABLE "temporary_refresh_sessions" RENAME TO "refresh_sessions"`);
      await queryRunner.query(`CREATE INDEX "refresh_sessions_user_idx" ON "refresh_sessions" ("userId") `);
      await queryRunner.query(`CREATE INDEX "refresh_sessions_family_idx" ON "refresh_sessions" ("familyId", "revokedAt") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`DROP INDEX "public"."refresh_sessions_family_idx"`);
      await queryRunner.query(`ALTER TABLE "refresh_sessions" DROP COLUMN "familyId"`);
    } else {
      await queryRunner.query(`DROP INDEX "refresh_sessions_family_idx"`);
      await queryRunner.query(`DROP INDEX "refresh_sessions_user_idx"`);
      await queryRunner.query(`ALTER TABLE "refresh_sessions" RENAME TO "temporary_refresh_sessions"`);
      await queryRunner.query(`CREATE TABLE "refresh_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "tokenHash" varchar(64) NOT NULL, "expiresAt" datetime NOT NULL, "revokedAt" datetime, "createdAt" datetime NOT NULL, CONSTRAINT "FK_78744bff965517952df6c02da76" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
      await queryRunner.query(`INSERT INTO "refresh_sessions"("id", "organizationId", "userId", "tokenHash", "expiresAt", "revokedAt", "createdAt") SELECT "id", "organizationId", "userId", "tokenHash", "expiresAt", "revokedAt", "createdAt" FROM "temporary_refresh_sessions"`);
      await queryRunner.query(`DROP TABLE "temporary_refresh_sessions"`);
      await queryRunner.query(`CREATE INDEX "refresh_sessions_user_idx" ON "refresh_sessions" ("userId") `);
    }
  }
}
