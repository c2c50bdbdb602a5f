import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class AddTokenRevocations1796160319176 implements MigrationInterface {
  name = 'AddTokenRevocations1796160319176';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "token_revocations" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "connectionId" character varying(36) NOT NULL, "network" character varying(20) NOT NULL, "kind" character varying(10) NOT NULL, "keyId" character varying(32) NOT NULL, "tokenCiphertext" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "nextAttemptAt" TIMESTAMP WITH TIME ZONE NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_496c9f7098069c81b96eee9b53b" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "token_revocations_connection_idx" ON "token_revocations"  ("connectionId") `);
      await queryRunner.query(`CREATE INDEX "token_revocations_due_idx" ON "token_revocations"  ("nextAttemptAt") `);
    } else {
      await queryRunner.query(`CREATE TABLE "token_revocations" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "connectionId" varchar(36) NOT NULL, "network" varchar(20) NOT NULL, "kind" varchar(10) NOT NULL, "keyId" varchar(32) NOT NULL, "tokenCiphertext" text NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime NOT NULL, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "token_revocations_connection_idx" ON "token_revocations" ("connectionId") `);
      await queryRunner.query(`CREATE INDEX "token_revocations_due_idx" ON "token_revocations" ("nextAttemptAt") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { table: 'token_revocations', indexes: ['token_revocations_due_idx', 'token_revocations_connection_idx'] },
    ]);
  }
}
