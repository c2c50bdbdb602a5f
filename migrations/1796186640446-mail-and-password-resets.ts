import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class MailAndPasswordResets1796186640446 implements MigrationInterface {
  name = 'MailAndPasswordResets1796186640446';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "password_resets" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "tokenHash" character varying(64) NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "password_resets_token_hash_unique" ON "password_resets"  ("tokenHash") `);
      await queryRunner.query(`CREATE INDEX "password_resets_user_idx" ON "password_resets"  ("userId", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "mail_messages" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36), "dedupeKey" character varying(200) NOT NULL, "category" character varying(32) NOT NULL, "kind" character varying(64), "toAddress" character varying(254) NOT NULL, "locale" character varying(8) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "headers" text NOT NULL, "secret" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "lastError" character varying(500), "enqueuedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "sentAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "mail_messages_dedupe_unique" ON "mail_messages"  ("dedupeKey") `);
      await queryRunner.query(`CREATE INDEX "mail_messages_status_idx" ON "mail_messages"  ("status", "enqueuedAt") `);
      await queryRunner.query(`CREATE INDEX "mail_messages_organization_idx" ON "mail_messages"  ("organizationId", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "notification_preferences" ("userId" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "deliveries" text NOT NULL, "weeklyDigestDay" integer NOT NULL DEFAULT '1', "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b70c44e8b00757584a393225593" PRIMARY KEY ("userId"))`);
      await queryRunner.query(`CREATE TABLE "digest_runs" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "userId" character varying(36) NOT NULL, "period" character varying(32) NOT NULL, "mailId" character varying(36), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1fcc96bd598604450a82951a9f6" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "digest_runs_unique" ON "digest_runs"  ("userId", "period") `);
    } else {
      await queryRunner.query(`CREATE TABLE "password_resets" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "tokenHash" varchar(64) NOT NULL, "expiresAt" datetime NOT NULL, "usedAt" datetime, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "password_resets_token_hash_unique" ON "password_resets" ("tokenHash") `);
      await queryRunner.query(`CREATE INDEX "password_resets_user_idx" ON "password_resets" ("userId", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "mail_messages" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36), "dedupeKey" varchar(200) NOT NULL, "category" varchar(32) NOT NULL, "kind" varchar(64), "toAddress" varchar(254) NOT NULL, "locale" varchar(8) NOT NULL, "subject" varchar(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "headers" text NOT NULL, "secret" boolean NOT NULL DEFAULT (0), "status" varchar(16) NOT NULL DEFAULT ('queued'), "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500), "enqueuedAt" datetime NOT NULL, "sentAt" datetime, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "mail_messages_dedupe_unique" ON "mail_messages" ("dedupeKey") `);
      await queryRunner.query(`CREATE INDEX "mail_messages_status_idx" ON "mail_messages" ("status", "enqueuedAt") `);
      await queryRunner.query(`CREATE INDEX "mail_messages_organization_idx" ON "mail_messages" ("organizationId", "createdAt") `);
      await queryRunner.query(`CREATE TABLE "notification_preferences" ("userId" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "deliveries" text NOT NULL, "weeklyDigestDay" integer NOT NULL DEFAULT (1), "updatedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE TABLE "digest_runs" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "period" varchar(32) NOT NULL, "mailId" varchar(36), "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "digest_runs_unique" ON "digest_runs" ("userId", "period") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { table: 'digest_runs', indexes: ['digest_runs_unique'] },
      { table: 'notification_preferences' },
      { table: 'mail_messages', indexes: ['mail_messages_organization_idx', 'mail_messages_status_idx', 'mail_messages_dedupe_unique'] },
      { table: 'password_resets', indexes: ['password_resets_user_idx', 'password_resets_token_hash_unique'] },
    ]);
  }
}
