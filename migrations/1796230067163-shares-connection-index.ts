import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

export class SharesConnectionIndex1796230067163 implements MigrationInterface {
  name = 'SharesConnectionIndex1796230067163';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE INDEX "shares_connection_published_idx" ON "shares"  ("connectionId", "status", "publishedAt") `);
    } else {
      await queryRunner.query(`CREATE INDEX "shares_connection_published_idx" ON "shares" ("connectionId", "status", "publishedAt") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { indexes: ['shares_connection_published_idx'] },
    ]);
  }
}
