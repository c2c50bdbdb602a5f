/**
 * What the database benchmarks share: a deterministic random source, bulk inserts that bypass
 * the application's write paths (so that seeding millions of rows takes a minute, not hours),
 * a fresh database of either kind with the real migrations, and percentiles.
 */
import { createDataSource, DatabaseType } from '@chorus/db';
import { CHORUS_SCHEMA } from '@chorus/platform';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** Deterministic, so both databases get the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type ColumnType = 'text' | 'int' | 'bool' | 'timestamptz';
export type Row = (string | number | boolean | Date | null)[];

/** Bulk insert: unnest() of column arrays on PostgreSQL, a prepared statement in one transaction on SQLite. */
export async function bulkInsert(dataSource: DataSource, table: string, columns: [string, ColumnType][], rows: Row[]): Promise<void> {
  if (dataSource.options.type === 'postgres') {
    const batch = 20_000;
    for (let i = 0; i < rows.length; i += batch) {
      const slice = rows.slice(i, i + batch);
      const arrays = columns.map((_, c) => slice.map((row) => (row[c] instanceof Date ? (row[c] as Date).toISOString() : row[c])));
      const select = columns.map(([, type], c) => `$${c + 1}::${type}[]`).join(', ');
      await dataSource.query(`INSERT INTO "${table}" (${columns.map(([name]) => `"${name}"`).join(', ')}) SELECT * FROM unnest(${select})`, arrays);
    }
    return;
  }
  const db = (dataSource.driver as unknown as { databaseConnection: import('better-sqlite3').Database }).databaseConnection;
  const statement = db.prepare(`INSERT INTO "${table}" (${columns.map(([name]) => `"${name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const sqliteValue = (value: Row[number]) => (value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : typeof value === 'boolean' ? (value ? 1 : 0) : value);
  const insertAll = db.transaction((slice: Row[]) => {
    for (const row of slice) statement.run(...row.map(sqliteValue));
  });
  for (let i = 0; i < rows.length; i += 50_000) insertAll(rows.slice(i, i + 50_000));
}

/**
 * A bulk load: the secondary indexes of the loaded tables are dropped and built again
 * afterwards (much faster than maintaining them row by row), and SQLite skips fsync while
 * loading. The measured phase runs with everything exactly as the migrations left it.
 */
export async function bulkLoad(dataSource: DataSource, tables: string[], work: () => Promise<void>): Promise<void> {
  const postgres = dataSource.options.type === 'postgres';
  const list = tables.map((t) => `'${t}'`).join(', ');
  const indexes = (await dataSource.query(
    postgres
      ? `SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = 'public' AND tablename IN (${list})
         AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype = 'p')`
      : `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (${list}) AND sql IS NOT NULL`,
  )) as { name: string; sql: string }[];
  for (const index of indexes) await dataSource.query(`DROP INDEX "${index.name}"`);
  const synchronous = postgres ? null : ((await dataSource.query('PRAGMA synchronous')) as { synchronous: number }[])[0].synchronous;
  if (!postgres) await dataSource.query('PRAGMA synchronous = OFF');
  try {
    await work();
  } finally {
    if (!postgres) await dataSource.query(`PRAGMA synchronous = ${synchronous}`);
    if (postgres) {
      await dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL maintenance_work_mem = '512MB'`);
        for (const index of indexes) await m.query(index.sql);
      });
    } else {
      for (const index of indexes) await dataSource.query(index.sql);
    }
  }
}

/**
 * A fresh database with the real migrations: a temp SQLite file, or a new PostgreSQL database
 * (on `CHORUS_BENCH_PG_URL`, default postgres://postgres@127.0.0.1:5432/postgres) that `dispose`
 * drops again.
 */
export async function freshDatabase(type: DatabaseType, name: string): Promise<{ dataSource: DataSource; dispose: () => Promise<void> }> {
  const adminUrl = process.env.CHORUS_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = mkdtempSync(join(tmpdir(), 'chorus-bench-'));
  const dbName = `chorus_bench_${name}_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  let database: Parameters<typeof createDataSource>[0];
  if (type === 'postgres') {
    await admin(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin(`CREATE DATABASE ${dbName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    database = { type: 'postgres', url: url.toString() };
  } else {
    database = { type: 'sqlite', path: join(scratch, 'bench.sqlite') };
  }
  const dataSource = createDataSource(database, CHORUS_SCHEMA);
  const dispose = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    rmSync(scratch, { recursive: true, force: true });
    if (type === 'postgres') await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  };
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dispose();
    throw error;
  }
  return { dataSource, dispose };
}

/** The machine is shared: the 1-minute load average puts each figure in context. */
export function loadAverage(): string {
  return loadavg()[0].toFixed(2);
}

/** The p-th percentile (nearest rank) of ascending numbers. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
