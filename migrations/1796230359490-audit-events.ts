import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class AuditEvents1796230359490 implements MigrationInterface {
  name = 'AuditEvents1796230359490';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE TABLE "audit_events" ("id" character varying(36) NOT NULL, "organizationId" character varying(36) NOT NULL, "actorId" character varying(36), "action" character varying(60) NOT NULL, "targetType" character varying(30) NOT NULL, "targetId" character varying(36), "detail" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
      await queryRunner.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events"  ("actorId", "createdAt") `);
      await queryRunner.query(`CREATE INDEX "audit_events_organization_idx" ON "audit_events"  ("organizationId", "createdAt") `);
    } else {
      await queryRunner.query(`CREATE TABLE "audit_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "actorId" varchar(36), "action" varchar(60) NOT NULL, "targetType" varchar(30) NOT NULL, "targetId" varchar(36), "detail" text, "createdAt" datetime NOT NULL)`);
      await queryRunner.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events" ("actorId", "createdAt") `);
      await queryRunner.query(`CREATE INDEX "audit_events_organization_idx" ON "audit_events" ("organizationId", "createdAt") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { table: 'audit_events', indexes: ['audit_events_organization_idx', 'audit_events_actor_idx'] },
    ]);
  }
}
