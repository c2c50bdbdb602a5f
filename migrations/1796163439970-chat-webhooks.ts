import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class ChatWebhooks1796163439970 implements MigrationInterface {
  name = 'ChatWebhooks1796163439970';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "chat_webhooks" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "service" character varying(16) NOT NULL, "teamId" character varying(36), "scopeKey" character varying(36) NOT NULL, "keyId" character varying(64) NOT NULL, "urlCiphertext" text NOT NULL, "maskedUrl" character varying(300) NOT NULL, "status" character varying(16) NOT NULL, "disabledReason" character varying(500), "disabledAt" TIMESTAMP WITH TIME ZONE, "createdById" character varying(36), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0c2bebc59f083a3ba115a8dfd8d" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE UNIQUE INDEX "chat_webhooks_scope_unique" ON "chat_webhooks"  ("organizationId", "service", "scopeKey") `);
    } else {
      await queryRunner.query(`CREATE TABLE "chat_webhooks" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "service" varchar(16) NOT NULL, "teamId" varchar(36), "scopeKey" varchar(36) NOT NULL, "keyId" varchar(64) NOT NULL, "urlCiphertext" text NOT NULL, "maskedUrl" varchar(300) NOT NULL, "status" varchar(16) NOT NULL, "disabledReason" varchar(500), "disabledAt" datetime, "createdById" varchar(36), "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "chat_webhooks_scope_unique" ON "chat_webhooks" ("organizationId", "service", "scopeKey") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { table: 'chat_webhooks', indexes: ['chat_webhooks_scope_unique'] },
    ]);
  }
}
