import { QueryRunner } from 'typeorm';

/** Migrations hold the SQL of both databases; this picks the branch. */
export function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type === 'postgres';
}
