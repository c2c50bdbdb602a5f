import { EntityManager, ObjectLiteral } from 'typeorm';

/**
 * Raw statements for what the query builder cannot say on both databases: inserts that
 * report whether they happened (`ON CONFLICT DO NOTHING RETURNING`) and upserts that add to a
 * value and return it. PostgreSQL and SQLite (≥ 3.35) share this syntax; parameters are named
 * (`:userId`) and bound by the driver, dates included.
 */
export async function execute<T = Record<string, unknown>>(manager: EntityManager, sql: string, parameters: ObjectLiteral = {}): Promise<{ rows: T[]; affected: number }> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('Ledger writes run inside a transaction (Transactions.run).');
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  const result = await runner.query(text, values, true);
  return { rows: (result.records ?? []) as T[], affected: result.affected ?? 0 };
}

/** SQLite hands back booleans as 0/1 and datetimes as UTC text; PostgreSQL as booleans and Dates. */
export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  throw new TypeError(`Not a date: ${String(value)}`);
}

/** COUNT and SUM come back as strings from PostgreSQL (bigint). */
export function toNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function isPostgresManager(manager: EntityManager): boolean {
  return manager.connection.options.type === 'postgres';
}

/** `(:a0, :b0), (:a1, :b1)…` and their parameters, for a multi-row statement. */
export function rows<T extends object>(items: T[], columns: (keyof T & string)[]): { values: string; parameters: Record<string, unknown> } {
  const parameters: Record<string, unknown> = {};
  const values = items
    .map((item, index) => {
      for (const column of columns) parameters[`${column}${index}`] = item[column];
      return `(${columns.map((column) => `:${column}${index}`).join(', ')})`;
    })
    .join(', ');
  return { values, parameters };
}
