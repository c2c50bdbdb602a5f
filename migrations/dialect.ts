import { QueryRunner } from 'typeorm';

/** Migrations hold the SQL of both databases; this picks the branch. */
export function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type === 'postgres';
}

/** A table to drop with its indexes (the indexes go first), or indexes alone. */
export interface DropStep {
  table?: string;
  indexes?: string[];
}

/**
 * Drops indexes and tables in the order given, on either database: what a generated `down()`
 * writes out twice, once with PostgreSQL's schema-qualified index names and once without.
 */
export async function dropInOrder(queryRunner: QueryRunner, steps: DropStep[]): Promise<void> {
  const schema = isPostgres(queryRunner) ? '"public".' : '';
  for (const { table, indexes = [] } of steps) {
    for (const index of indexes) await queryRunner.query(`DROP INDEX ${schema}"${index}"`);
    if (table) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
