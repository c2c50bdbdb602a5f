import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class SharesPublishedIndex1796410288734 implements MigrationInterface {
  name = 'SharesPublishedIndex1796410288734';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE INDEX "shares_published_idx" ON "shares"  ("organizationId", "status", "publishedAt") `);
    } else {
      await queryRunner.query(`CREATE INDEX "shares_published_idx" ON "shares" ("organizationId", "status", "publishedAt") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { indexes: ['shares_published_idx'] },
    ]);
  }
}
