import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropInOrder, isPostgres } from './dialect';

/** The orders the results export pages published shares in (by owner, by post and sharer). */
export class SharesExportIndexes1796409940000 implements MigrationInterface {
  name = 'SharesExportIndexes1796409940000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`CREATE INDEX "shares_export_post_idx" ON "shares"  ("organizationId", "status", "postId", "userId", "id") `);
      await queryRunner.query(`CREATE INDEX "shares_export_owner_idx" ON "shares"  ("organizationId", "status", "userId", "id") `);
    } else {
      await queryRunner.query(`CREATE INDEX "shares_export_post_idx" ON "shares" ("organizationId", "status", "postId", "userId", "id") `);
      await queryRunner.query(`CREATE INDEX "shares_export_owner_idx" ON "shares" ("organizationId", "status", "userId", "id") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropInOrder(queryRunner, [
      { indexes: ['shares_export_owner_idx', 'shares_export_post_idx'] },
    ]);
  }
}
