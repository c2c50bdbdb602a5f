import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

/** The demo organisation's sample shares, for results that say whether a range holds any. */
export class SharesDemoIndex1796413813930 implements MigrationInterface {
  name = 'SharesDemoIndex1796413813930';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE INDEX "shares_demo_idx" ON "shares"  ("organizationId", "publishedAt") WHERE "demo" = true`);
    } else {
      await queryRunner.query(`CREATE INDEX "shares_demo_idx" ON "shares" ("organizationId", "publishedAt") WHERE "demo" = true`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { indexes: ['shares_demo_idx'] },
    ]);
  }
}
