import { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './dialect';

export class OutboxConsumers1796160967750 implements MigrationInterface {
  name = 'OutboxConsumers1796160967750';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`DROP INDEX "public"."outbox_events_pending_idx"`);
      await queryRunner.query(`CREATE TABLE "outbox_deliveries" ("eventId" character varying(36) NOT NULL, "consumer" character varying(60) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "availableAt" TIMESTAMP WITH TIME ZONE NOT NULL, "deliveredAt" TIMESTAMP WITH TIME ZONE, "lastError" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a3787df55d62b052cc980452414" PRIMARY KEY ("eventId", "consumer"))`);
      await queryRunner.query(`CREATE INDEX "outbox_deliveries_due_idx" ON "outbox_deliveries"  ("consumer", "deliveredAt", "availableAt", "eventId") `);
      await queryRunner.query(`ALTER TABLE "outbox_events" ADD "relayedAt" TIMESTAMP WITH TIME ZONE`);
      await queryRunner.query(`CREATE INDEX "outbox_events_unrelayed_idx" ON "outbox_events"  ("relayedAt", "createdAt") `);
    } else {
      await queryRunner.query(`DROP INDEX "outbox_events_pending_idx"`);
      await queryRunner.query(`CREATE TABLE "outbox_deliveries" ("eventId" varchar(36) NOT NULL, "consumer" varchar(60) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "availableAt" datetime NOT NULL, "deliveredAt" datetime, "lastError" text, "createdAt" datetime NOT NULL, PRIMARY KEY ("eventId", "consumer"))`);
      await queryRunner.query(`CREATE INDEX "outbox_deliveries_due_idx" ON "outbox_deliveries" ("consumer", "deliveredAt", "availableAt", "eventId") `);
      await queryRunner.query(`DROP INDEX "outbox_events_dedupe_unique"`);
      await queryRunner.query(`CREATE TABLE "temporary_outbox_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "type" varchar(60) NOT NULL, "dedupeKey" varchar(200) NOT NULL, "payload" text NOT NULL, "createdAt" datetime NOT NULL, "consumedAt" datetime, "relayedAt" datetime)`);
      await queryRunner.query(`INSERT INTO "temporary_outbox_events"("id", "organizationId", "type", "dedupeKey", "payload", "createdAt", "consumedAt") SELECT "id", "organizationId", "type", "dedupeKey", "payload", "createdAt", "consumedAt" FROM "outbox_events"`);
      await queryRunner.query(`DROP TABLE "outbox_events"`);
      await queryRunner.query(`ALTER TABLE "temporary_outbox_events" RENAME TO "outbox_events"`);
      await queryRunner.query(`CREATE UNIQUE INDEX "outbox_events_dedupe_unique" ON "outbox_events" ("type", "dedupeKey") `);
      await queryRunner.query(`CREATE INDEX "outbox_events_unrelayed_idx" ON "outbox_events" ("relayedAt", "createdAt") `);
    }
    // Data: events the points consumer already handled stay handled. They count as relayed,
    // with a delivered row for "points"; pending ones are relayed afresh to every consumer.
    await queryRunner.query(`UPDATE "outbox_events" SET "relayedAt" = "consumedAt" WHERE "consumedAt" IS NOT NULL`);
    await queryRunner.query(
      `INSERT INTO "outbox_deliveries" ("eventId", "consumer", "attempts", "availableAt", "deliveredAt", "lastError", "createdAt") SELECT "id", 'points', 1, "createdAt", "consumedAt", NULL, "consumedAt" FROM "outbox_events" WHERE "type" = 'share.published' AND "consumedAt" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Data: before the per-consumer rows go, an event counts as consumed when points had it.
    await queryRunner.query(`UPDATE "outbox_events" SET "consumedAt" = (SELECT "deliveredAt" FROM "outbox_deliveries" "d" WHERE "d"."eventId" = "outbox_events"."id" AND "d"."consumer" = 'points') WHERE "type" = 'share.published'`);
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`DROP INDEX "public"."outbox_events_unrelayed_idx"`);
      await queryRunner.query(`ALTER TABLE "outbox_events" DROP COLUMN "relayedAt"`);
      await queryRunner.query(`DROP INDEX "public"."outbox_deliveries_due_idx"`);
      await queryRunner.query(`DROP TABLE "outbox_deliveries"`);
      await queryRunner.query(`CREATE INDEX "outbox_events_pending_idx" ON "outbox_events"  ("consumedAt", "createdAt") `);
    } else {
      await queryRunner.query(`DROP INDEX "outbox_events_unrelayed_idx"`);
      await queryRunner.query(`DROP INDEX "outbox_events_dedupe_unique"`);
      await queryRunner.query(`ALTER TABLE "outbox_events" RENAME TO "temporary_outbox_events"`);
      await queryRunner.query(`CREATE TABLE "outbox_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "organizationId" varchar(36) NOT NULL, "type" varchar(60) NOT NULL, "dedupeKey" varchar(200) NOT NULL, "payload" text NOT NULL, "createdAt" datetime NOT NULL, "consumedAt" datetime)`);
      await queryRunner.query(`INSERT INTO "outbox_events"("id", "organizationId", "type", "dedupeKey", "payload", "createdAt", "consumedAt") SELECT "id", "organizationId", "type", "dedupeKey", "payload", "createdAt", "consumedAt" FROM "temporary_outbox_events"`);
      await queryRunner.query(`DROP TABLE "temporary_outbox_events"`);
      await queryRunner.query(`CREATE UNIQUE INDEX "outbox_events_dedupe_unique" ON "outbox_events" ("type", "dedupeKey") `);
      await queryRunner.query(`DROP INDEX "outbox_deliveries_due_idx"`);
      await queryRunner.query(`DROP TABLE "outbox_deliveries"`);
      await queryRunner.query(`CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" ("consumedAt", "createdAt") `);
    }
  }
}
