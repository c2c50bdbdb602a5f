import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REPOSITORY_ROOT as ROOT, serverSourceFiles } from '../../../test/support/source-files';

/**
 * Services say what they want and repositories say how it is fetched: this reads the source of
 * every library and app and finds each place that talks to TypeORM directly — `getRepository`,
 * `createQueryBuilder`, raw `query`, and EntityManager / DataSource reads and writes such as
 * `manager.update(Share, …)`. Only `*.repository.ts` files (and migrations, which are SQL by
 * nature) may do so (docs/architecture.md, "Layers").
 */
/** Where a direct query is the point, with the reason. */
const ALLOWED: Record<string, string> = {
  'libs/platform/src/health/health.indicators.ts': 'readiness runs SELECT 1 against the database itself',
};

const TYPEORM_METHODS = new Set(['getRepository', 'createQueryBuilder', 'query', 'getTreeRepository']);
const MANAGER_METHODS = new Set([
  'insert', 'update', 'delete', 'save', 'upsert', 'remove', 'softDelete', 'restore', 'increment', 'decrement',
  'find', 'findBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'count', 'countBy', 'exists', 'existsBy', 'sum', 'maximum', 'minimum',
]);
/** Names that hold an EntityManager or a DataSource in this code base. */
const MANAGER_NAMES = /^(m|em|manager|entityManager|dataSource|this\.dataSource|this\.manager|.*\.manager)$/;

interface Query {
  file: string;
  line: number;
  call: string;
}

function receiverText(call: ts.CallExpression, source: ts.SourceFile): string | null {
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.expression.getText(source) : null;
}

export function findDirectQueries(file: string, text: string): Query[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: Query[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const receiver = receiverText(node, source) ?? '';
      const direct = (TYPEORM_METHODS.has(name) && (name !== 'query' || MANAGER_NAMES.test(receiver))) || (MANAGER_METHODS.has(name) && MANAGER_NAMES.test(receiver));
      if (direct) found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, call: `${receiver}.${name}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('database queries', () => {
  it('are written only in repositories', () => {
    const outside = serverSourceFiles()
      .filter((file) => !file.endsWith('.repository.ts') && !(file in ALLOWED))
      .flatMap((file) => findDirectQueries(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(outside.map((q) => `${q.file}:${q.line} ${q.call}`)).toEqual([]);
  });

  it('are found in the repositories, so the scan above is not blind', () => {
    const inRepositories = ['libs/shares/src/shares.repository.ts', 'libs/identity/src/identity.repository.ts'].flatMap((file) =>
      findDirectQueries(file, readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(inRepositories.length).toBeGreaterThan(20);
  });

  describe('the scanner', () => {
    const found = (text: string) => findDirectQueries('example.ts', text).map((q) => q.call);

    it.each([
      ['a repository', `class A { m() { return this.dataSource.getRepository(Post).findOneBy({ id }); } }`, ['this.dataSource.getRepository']],
      ['a query builder', `class A { m() { return m.createQueryBuilder().update(Post).set({}).execute(); } }`, ['m.createQueryBuilder']],
      ['raw SQL', `async function f(manager) { await manager.query('SELECT 1'); }`, ['manager.query']],
      ['a manager write', `async function f(manager) { await manager.update(Share, { id }, { status: 'x' }); }`, ['manager.update']],
      ['a data source read', `class A { m() { return this.dataSource.manager.findOneBy(User, { id }); } }`, ['this.dataSource.manager.findOneBy']],
    ])('finds %s', (_name, text, expected) => {
      expect(found(text)).toEqual(expected);
    });

    it.each([
      ['a repository method', `class A { m(manager) { return this.repository.insertPost(manager, post); } }`],
      ['array methods', `const a = rows.find((r) => r.id === id); const n = list.filter(Boolean).count;`],
      ['a map delete', `this.reportedSkips.delete(key); cache.update(x);`],
      ['a URL query', `const q = url.query(); request.query('x');`],
    ])('ignores %s', (_name, text) => {
      expect(found(text)).toEqual([]);
    });
  });
});
