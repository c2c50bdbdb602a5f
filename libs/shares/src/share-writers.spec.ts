import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REPOSITORY_ROOT as ROOT, serverSourceFiles } from '../../../test/support/source-files';

/**
 * The share lifecycle owns its writes: this reads the source of every library and app and
 * finds each write to the `shares` table — TypeORM repository and manager calls, query
 * builders (`update(Share)`, `getRepository(Share).createQueryBuilder().update()`,
 * `insert().into(Share)`), and raw SQL (`UPDATE shares`, `INSERT INTO "shares"`). Only
 * SharesRepository may write the table, and only its `transition` and `createDraft` may
 * write a status.
 */
const REPOSITORY = 'libs/shares/src/shares.repository.ts';
const STATUS_WRITERS = ['SharesRepository.createDraft', 'SharesRepository.transition'];

interface Write {
  file: string;
  line: number;
  /** `Class.method`, or the function's name, where the write is. */
  where: string;
  kind: 'update' | 'insert' | 'delete' | 'sql';
  /** False only when the columns written are known and `status` is not one of them. */
  status: boolean;
}

const WRITE_METHODS = new Set(['update', 'insert', 'save', 'upsert', 'delete', 'remove', 'softDelete', 'restore', 'increment', 'decrement', 'softRemove']);
const RAW_SQL = /\b(update|insert\s+into|delete\s+from)\s+(?:"?public"?\.)?"?shares"?(?![\w-])/i;

function isSharesTarget(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  if (ts.isIdentifier(node)) return node.text === 'Share';
  if (ts.isStringLiteralLike(node)) return node.text === 'shares' || node.text === 'Share';
  return false;
}

/** The calls of a chain such as `a.getRepository(Share).createQueryBuilder().update()`, innermost first. */
function callsOf(expression: ts.Expression): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  let node: ts.Expression = expression;
  for (;;) {
    if (ts.isCallExpression(node)) {
      calls.unshift(node);
      node = node.expression;
    } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isNonNullExpression(node) || ts.isParenthesizedExpression(node)) {
      node = node.expression;
    } else if (ts.isAwaitExpression(node)) {
      node = node.expression;
    } else {
      break;
    }
  }
  return calls;
}

function methodName(call: ts.CallExpression): string | null {
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : null;
}

/** The innermost identifier or `this.x` a chain starts from. */
function rootName(expression: ts.Expression): string | null {
  let node: ts.Expression = expression;
  while (ts.isCallExpression(node) || ts.isPropertyAccessExpression(node) || ts.isNonNullExpression(node) || ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node)) {
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) return `this.${node.name.text}`;
    node = node.expression;
  }
  return ts.isIdentifier(node) ? node.text : null;
}

function mayWriteStatus(changes: ts.Expression | undefined): boolean {
  if (!changes) return true;
  let node = changes;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression;
  if (!ts.isObjectLiteralExpression(node)) return true;
  return node.properties.some((property) => {
    if (ts.isSpreadAssignment(property)) return true;
    const name = property.name;
    if (!name || ts.isComputedPropertyName(name)) return true;
    return (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) && name.text === 'status';
  });
}

function enclosingName(node: ts.Node): string {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if ((ts.isMethodDeclaration(current) || ts.isGetAccessor(current)) && current.name && ts.isIdentifier(current.name)) {
      const owner = ts.isClassDeclaration(current.parent) && current.parent.name ? current.parent.name.text : '?';
      return `${owner}.${current.name.text}`;
    }
    if (ts.isFunctionDeclaration(current) && current.name) return current.name.text;
    if (ts.isConstructorDeclaration(current)) return `${ts.isClassDeclaration(current.parent) && current.parent.name ? current.parent.name.text : '?'}.constructor`;
  }
  return '(top level)';
}

/** The `.set({...})` further along the chain that contains `call`, if any. */
function setArgumentAfter(call: ts.CallExpression): ts.Expression | undefined {
  let node: ts.Node = call;
  while (node.parent && (ts.isPropertyAccessExpression(node.parent) || ts.isCallExpression(node.parent))) {
    node = node.parent;
    if (ts.isCallExpression(node) && methodName(node) === 'set') return node.arguments[0];
  }
  return undefined;
}

export function findShareWrites(file: string, source: string): Write[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  // Names bound to a repository of shares: `const repo = m.getRepository(Share)`, `repo: Repository<Share>`.
  const shareRepositories = new Set<string>();
  const bind = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const calls = callsOf(node.initializer);
      if (calls.length > 0 && calls.every((c) => ['getRepository', 'createQueryBuilder'].includes(methodName(c) ?? '')) && calls.some((c) => methodName(c) === 'getRepository' && isSharesTarget(c.arguments[0]))) {
        shareRepositories.add(node.name.text);
      }
    }
    if ((ts.isParameter(node) || ts.isPropertyDeclaration(node)) && node.type && ts.isTypeReferenceNode(node.type) && node.name && ts.isIdentifier(node.name)) {
      const type = node.type;
      const typeName = ts.isIdentifier(type.typeName) ? type.typeName.text : '';
      if (typeName === 'Repository' && type.typeArguments?.length === 1 && ts.isTypeReferenceNode(type.typeArguments[0]) && type.typeArguments[0].typeName.getText(sourceFile) === 'Share') {
        shareRepositories.add(node.name.text);
        shareRepositories.add(`this.${node.name.text}`);
      }
    }
    ts.forEachChild(node, bind);
  };
  bind(sourceFile);

  const writes: Write[] = [];
  const record = (node: ts.Node, kind: Write['kind'], status: boolean) => {
    writes.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1, where: enclosingName(node), kind, status });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ? ') : node.text;
      const match = RAW_SQL.exec(text);
      if (match) record(node, 'sql', !/^delete/i.test(match[1]) && /\bstatus\b/i.test(text));
    }
    if (ts.isCallExpression(node)) {
      const name = methodName(node);
      if (name && (WRITE_METHODS.has(name) || name === 'into' || name === 'from')) {
        const receiver = (node.expression as ts.PropertyAccessExpression).expression;
        const chain = callsOf(receiver);
        const viaRepository = chain.some((c) => methodName(c) === 'getRepository' && isSharesTarget(c.arguments[0])) || shareRepositories.has(rootName(receiver) ?? '');
        const builder = chain.some((c) => methodName(c) === 'createQueryBuilder');
        const named = isSharesTarget(node.arguments[0]);
        const kind: Write['kind'] | null =
          name === 'into' ? (named ? 'insert' : null)
          : name === 'from' ? (named && chain.some((c) => methodName(c) === 'delete') ? 'delete' : null)
          : name === 'update' || name === 'increment' || name === 'decrement' || name === 'restore' ? (named || viaRepository ? 'update' : null)
          : name === 'delete' || name === 'remove' || name === 'softDelete' || name === 'softRemove' ? (named || viaRepository ? 'delete' : null)
          : named || (viaRepository && !builder) ? 'insert'
          : viaRepository && builder && name === 'insert' ? 'insert'
          : null;
        if (kind === 'update') {
          // repository.update(criteria, changes); manager.update(Share, criteria, changes); builder.update(…).set(changes)
          const changes = builder || (named && chain.length === 0 && node.arguments.length === 1) ? setArgumentAfter(node) : named ? node.arguments[2] : node.arguments[1];
          record(node, kind, name === 'update' ? mayWriteStatus(changes) : false);
        } else if (kind) {
          record(node, kind, kind === 'insert');
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return writes;
}

function writesIn(file: string): Write[] {
  return findShareWrites(file, readFileSync(join(ROOT, file), 'utf8'));
}

describe('writes to the shares table', () => {
  const all = serverSourceFiles().flatMap(writesIn);

  it('happen only in SharesRepository', () => {
    expect(all.filter((w) => w.file !== REPOSITORY).map((w) => `${w.file}:${w.line} ${w.where} (${w.kind})`)).toEqual([]);
  });

  it('write a status only through transition (and createDraft for a new share)', () => {
    const statusWrites = all.filter((w) => w.file === REPOSITORY && w.status);
    expect(statusWrites.filter((w) => !STATUS_WRITERS.includes(w.where)).map((w) => `${w.file}:${w.line} ${w.where} (${w.kind})`)).toEqual([]);
    // The scan sees the real writers, so an empty answer above is not a blind scanner.
    expect([...new Set(statusWrites.map((w) => w.where))].sort()).toEqual(STATUS_WRITERS);
  });

  describe('the scanner', () => {
    const found = (source: string) => findShareWrites('example.ts', source).map((w) => `${w.kind}${w.status ? ' status' : ''} in ${w.where}`);

    it.each([
      ['a repository update', `class A { m() { return this.dataSource.getRepository(Share).update({ id }, { status: 'cancelled' }); } }`, ['update status in A.m']],
      ['a repository update of other columns', `class A { m() { return manager.getRepository(Share).update({ id }, { finalText: 'x' }); } }`, ['update in A.m']],
      ['a repository update with a spread', `class A { m(c) { return manager.getRepository(Share).update({ id }, { ...c }); } }`, ['update status in A.m']],
      ['a manager update', `class A { m() { return manager.update(Share, { id }, { status: 'failed' }); } }`, ['update status in A.m']],
      ['a builder update', `class A { m() { return m.createQueryBuilder().update(Share).set({ status: 'draft' }).where('id = :id').execute(); } }`, ['update status in A.m']],
      ['a builder from the repository', `class A { m() { return m.getRepository(Share).createQueryBuilder().update().set({ outcomeUnknown: true }).execute(); } }`, ['update in A.m']],
      ['a builder insert', `class A { m() { return m.createQueryBuilder().insert().into(Share).values(s).execute(); } }`, ['insert status in A.m']],
      ['a repository insert and save', `function f() { m.getRepository(Share).insert(s); m.getRepository('shares').save(s); }`, ['insert status in f', 'insert status in f']],
      ['a bound repository', `class A { m() { const repo = this.dataSource.getRepository(Share); return repo.update({ id }, { status: 'x' }); } }`, ['update status in A.m']],
      ['an injected repository', `class A { constructor(private readonly shares: Repository<Share>) {} m() { return this.shares.update({ id }, { status: 'x' }); } }`, ['update status in A.m']],
      ['raw SQL', `function f() { return m.query('UPDATE "shares" SET "status" = $1 WHERE id = $2', [a, b]); }`, ['sql status in f']],
      ['raw SQL in a template', "function f() { return m.query(`update shares set status = '${s}'`); }", ['sql status in f']],
      ['deletes', `function f() { m.getRepository(Share).delete({ id }); m.createQueryBuilder().delete().from(Share).execute(); }`, ['delete in f', 'delete in f']],
    ])('finds %s', (_name, source, expected) => {
      expect(found(source)).toEqual(expected);
    });

    it.each([
      ['reads', `class A { m() { return this.dataSource.getRepository(Share).findOneBy({ id }); } }`],
      ['a read through a builder', `class A { m() { return m.getRepository(Share).createQueryBuilder('share').where('share.status = :s').getMany(); } }`],
      ['other tables', `class A { m() { m.getRepository(ShareAuditEntry).insert(e); m.createQueryBuilder().update(SocialConnection).set({ status: 'x' }).execute(); m.query('UPDATE share_audit_log SET x = 1'); } }`],
      ['words in sentences', `const s = 'Shares you update here go out later.';`],
    ])('ignores %s', (_name, source) => {
      expect(found(source)).toEqual([]);
    });
  });
});
