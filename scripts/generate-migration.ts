/**
 * Writes one migration holding the SQL for both SQLite and PostgreSQL, computed by TypeORM
 * from the difference between the entities and the migrations so far.
 *   npm run migration:generate -- AddShares
 * Needs PostgreSQL (CHORUS_MIGRATION_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { createDataSource, DatabaseType } from '@chorus/db';
import { CHORUS_SCHEMA } from '@chorus/platform';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

interface Statements {
  up: string[];
  down: string[];
}

async function diff(type: DatabaseType, adminUrl: string): Promise<Statements> {
  const scratch = mkdtempSync(join(tmpdir(), 'chorus-migration-'));
  const dbName = `chorus_migration_gen_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  let database: Parameters<typeof createDataSource>[0];
  if (type === 'postgres') {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    database = { type: 'postgres', url: url.toString() };
  } else {
    database = { type: 'sqlite', path: join(scratch, 'gen.sqlite') };
  }
  const dataSource = createDataSource(database, CHORUS_SCHEMA);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
    rmSync(scratch, { recursive: true, force: true });
    if (type === 'postgres') {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
      await admin.end();
    }
  }
}

function block(statements: string[], indent: string): string {
  return statements.map((s) => `${indent}await queryRunner.query(\`${s.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\`);`).join('\n');
}

/** The steps of a `down()` that only drops indexes and tables, or null when it does more. */
function dropSteps(statements: string[]): { table?: string; indexes: string[] }[] | null {
  const steps: { table?: string; indexes: string[] }[] = [];
  let indexes: string[] = [];
  for (const statement of statements) {
    const index = /^DROP INDEX (?:"public"\.)?"([^"]+)"$/.exec(statement.trim());
    const table = /^DROP TABLE "([^"]+)"$/.exec(statement.trim());
    if (index) indexes.push(index[1]);
    else if (table) (steps.push({ table: table[1], indexes }), (indexes = []));
    else return null;
  }
  if (indexes.length > 0) steps.push({ indexes });
  return steps;
}

/** `down()`: one `dropInOrder` where both databases only drop the same things, else both lists. */
function downBody(postgres: string[], sqlite: string[]): string {
  const steps = dropSteps(postgres);
  if (steps && JSON.stringify(steps) === JSON.stringify(dropSteps(sqlite))) {
    const list = steps.map(({ table, indexes }) => `      { ${[table ? `table: '${table}'` : '', indexes.length ? `indexes: [${indexes.map((i) => `'${i}'`).join(', ')}]` : ''].filter(Boolean).join(', ')} },`);
    return `    await dropInOrder(queryRunner, [\n${list.join('\n')}\n    ]);`;
  }
  return `    if (isPostgres(queryRunner)) {\n${block(postgres, '      ')}\n    } else {\n${block(sqlite, '      ')}\n    }`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name: npm run migration:generate -- AddShares');
  }
  const adminUrl = process.env.CHORUS_MIGRATION_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const sqlite = await diff('sqlite', adminUrl);
  const postgres = await diff('postgres', adminUrl);
  if (sqlite.up.length === 0 && postgres.up.length === 0) {
    console.log('The entities and the migrations agree; nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const fileBase = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  const down = downBody(postgres.down, sqlite.down);
  const source = `import { MigrationInterface, QueryRunner } from 'typeorm';
import { ${down.includes('dropInOrder') ? 'dropInOrder, ' : ''}isPostgres } from './dialect';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
${block(postgres.up, '      ')}
    } else {
${block(sqlite.up, '      ')}
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
  writeFileSync(join('migrations', `${fileBase}.ts`), source);
  const indexPath = join('migrations', 'index.ts');
  const index = readFileSync(indexPath, 'utf8')
    .replace(/^(\/\/.*\n)/, `$1import { ${className} } from './${fileBase}';\n`)
    .replace(/export const MIGRATIONS = \[(.*)\];/s, (_m, list: string) => {
      const entries = list.split(',').map((e) => e.trim()).filter(Boolean);
      return `export const MIGRATIONS = [${[...entries, className].join(', ')}];`;
    });
  writeFileSync(indexPath, index);
  console.log(`Wrote migrations/${fileBase}.ts (${postgres.up.length} PostgreSQL and ${sqlite.up.length} SQLite statements).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
