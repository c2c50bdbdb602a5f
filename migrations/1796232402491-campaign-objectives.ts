import { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './dialect';

/** A campaign's objective (what its target counts) and the target itself. */
export class CampaignObjectives1796232402491 implements MigrationInterface {
  name = 'CampaignObjectives1796232402491';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`ALTER TABLE "campaigns" ADD "objective" character varying(20)`);
      await queryRunner.query(`ALTER TABLE "campaigns" ADD "target" integer`);
    } else {
      // Two nullable columns: ALTER TABLE, rather than TypeORM's copy of the whole table.
      await queryRunner.query(`ALTER TABLE "campaigns" ADD COLUMN "objective" varchar(20)`);
      await queryRunner.query(`ALTER TABLE "campaigns" ADD COLUMN "target" integer`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "target"`);
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "objective"`);
  }
}
