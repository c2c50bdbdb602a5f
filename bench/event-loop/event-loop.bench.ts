/**
 * Event-loop benchmark: boots the real application (as the tests do, SQLite, in-process jobs),
 * and sends every route with a JSON body in the OpenAPI document the largest input it
 * accepts, then 1 MB bodies it must refuse, printing per route and input the longest time the
 * event loop was held (perf_hooks.monitorEventLoopDelay, 1 ms resolution).
 *
 *   npm run bench:event-loop [-- --runs 3 --only /api/v1/posts]
 *
 * Inputs, built from each DTO's class-validator rules (MaxLength, ArrayMaxSize, Max, IsIn…):
 *   largest-valid   every field at its maximum length, size or value, with plausible content
 *   1mb-string      one string field of about 1 MB (refused by its MaxLength, after parsing)
 *   1mb-keys        about 70,000 unknown keys (each refused by name)
 *   1mb-array       an array field of about 200,000 elements (refused by its ArrayMaxSize)
 *   1mb-deep        1 MB of nested brackets (refused before JSON.parse)
 * Bodies are prepared before measuring and sent over a real socket with node:http; the
 * response is read as bytes and not parsed, so the figures are the server's own work.
 * The project rule: no route holds the loop for more than about 100 ms.
 */
import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { OpenApiDocument, Operation, operationsOf, resolve, Schema } from '../../test/support/hostile-input';
import { DEMO_USERS, fillPath, json, loadDocument, privilegedUser, sendRaw } from '../../test/support/raw-requests';
import { connectLinkedIn } from '../../test/support/connections';
import { TestApp } from '../../test/support/test-app';

const LIMIT_MS = 100;
const BODY_LIMIT = 1024 * 1024;

interface Options {
  runs: number;
  only: string;
}

function options(): Options {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  return { runs: Number(value('runs') ?? 3), only: value('only') ?? '' };
}

/** The class-validator rules of a DTO class, by property, found by the schema's (class) name. */
type Rules = Map<string, Map<string, unknown[]>>;
function rulesOf(className: string): Rules {
  const rules: Rules = new Map();
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, { propertyName: string; name?: string; constraints?: unknown[] }[]> };
  for (const [target, metadatas] of storage.validationMetadatas) {
    if (target.name !== className) continue;
    for (const m of metadatas) {
      if (!rules.has(m.propertyName)) rules.set(m.propertyName, new Map());
      if (m.name) rules.get(m.propertyName)!.set(m.name, m.constraints ?? []);
    }
  }
  return rules;
}

const UUID = '00000000-0000-4000-8000-000000000000';

/** Real team ids, so that teamIds at their maximum size name teams that exist. */
let teamIds: string[] = [];

/** Text of exactly `length` characters that reads like prose (words, spaces, a link, some emoji). */
function prose(length: number): string {
  const words = 'Kami membuka kantor baru di Surabaya https://example.com/news/surabaya #hiring proud of the team 🎉 ';
  return words.repeat(Math.ceil(length / words.length)).slice(0, length);
}

/** The largest value a property accepts, as far as its rules say. */
function largest(document: OpenApiDocument, name: string, schema: Schema, rules: Map<string, unknown[]>, ids: Record<string, string>, depth: number): unknown {
  const s = resolve(document, schema);
  const max = rules.get('maxLength')?.[0] as number | undefined;
  const arrayMax = rules.get('arrayMaxSize')?.[0] as number | undefined;
  if (s.type === 'array') {
    const item = s.items ? resolve(document, s.items) : {};
    const count = arrayMax ?? 10;
    if (item.properties) return Array.from({ length: count }, (_, i) => largestObject(document, s.items!, ids, depth + 1, i));
    if (rules.has('isUuid')) {
      const real = name === 'teamIds' ? teamIds : [];
      return Array.from({ length: count }, (_, i) => real[i] ?? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    }
    if (rules.has('isIn')) return ((rules.get('isIn')![0] as unknown[]) ?? []).slice(0, count);
    if (item.type === 'integer' || item.type === 'number') return Array.from({ length: count }, () => (rules.get('max')?.[0] as number) ?? 1);
    if (rules.has('matches')) return Array.from({ length: count }, (_, i) => `#${String(i).padStart(3, '0')}${'tag'.repeat(33)}`.slice(0, 100));
    return Array.from({ length: count }, () => 'x');
  }
  if (s.properties) return largestObject(document, schema, ids, depth + 1, 0);
  if (s.enum) return s.enum[0];
  if (s.type === 'boolean') return true;
  if (s.type === 'integer' || s.type === 'number') return (rules.get('max')?.[0] as number) ?? s.maximum ?? 1;
  // Strings: the most a field takes, shaped to pass its format.
  if (rules.has('isUuid')) return ids[name] ?? UUID;
  // 254 characters: the longest local part (64) and domain labels of at most 63.
  if (rules.has('isEmail')) return `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
  if (rules.has('isUrl')) return `https://example.com/${'a'.repeat((max ?? 2000) - 20)}`;
  if (rules.has('isTimeZone')) return 'America/Argentina/ComodRivadavia';
  if (rules.has('isIsoDateTime')) return name.startsWith('ends') || name.startsWith('expires') ? '2027-12-31T23:59:59.999+07:00' : '2027-01-01T00:00:00.000+07:00';
  if (name === 'time') return '23:59';
  if (name === 'startsOn') return '2027-01-01';
  if (name === 'endsOn') return '2027-12-31';
  if (name === 'csv') return csv(max ?? 1_000_000);
  if (name === 'pattern') return prose(max ?? 200);
  if (name === 'x') return prose(270);
  return prose(max ?? 5000);
}

function largestObject(document: OpenApiDocument, schema: Schema, ids: Record<string, string>, depth: number, index: number): Record<string, unknown> {
  const s = resolve(document, schema);
  const className = (schema.$ref ?? '').replace('#/components/schemas/', '');
  const rules = rulesOf(className);
  const body: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(s.properties ?? {})) {
    if (depth > 4) break;
    // Either-or fields: a schedule takes a time or the next slot, a contest's team only with scope team.
    if ((className === 'ScheduleShareDto' && name === 'slot') || (className === 'CreateContestDto' && name === 'teamId')) continue;
    body[name] = largest(document, name, property, rules.get(name) ?? new Map(), ids, depth);
  }
  if (className === 'WeeklySlotDto') body.time = `${String(index % 24).padStart(2, '0')}:${String((index * 7) % 60).padStart(2, '0')}`;
  return body;
}

/** An import of as many valid rows as fit in `length` characters. */
function csv(length: number): string {
  const lines = ['email,name,roles,teams,timezone,manages'];
  let size = lines[0].length;
  // The import takes at most 5,000 users.
  for (let i = 0; i < 5_000; i++) {
    const line = `bench.user.${i}@example.co.id,Bench User ${i},employee,Sales;Bench ${i % 50},Asia/Jakarta,`;
    if (size + line.length + 1 > length) break;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** Bodies near 1 MB that the route must refuse, each stressing another part of the reading. */
function megabyteBodies(document: OpenApiDocument, op: Operation): Record<string, string> {
  const s = resolve(document, op.body!);
  const fields = Object.entries(s.properties ?? {}).map(([name, schema]) => ({ name, schema: resolve(document, schema) }));
  const bodies: Record<string, string> = {};
  const stringField = fields.find((f) => f.schema.type === 'string' && !f.schema.enum);
  // ASCII, so that the body stays just under the limit in bytes and is parsed, not refused as too large.
  if (stringField) bodies['1mb-string'] = JSON.stringify({ [stringField.name]: prose(BODY_LIMIT - 200).replace(/[^\x20-\x7e]/g, 'x') });
  const keys: string[] = [];
  let size = 2;
  for (let i = 0; size < BODY_LIMIT - 100; i++) {
    const entry = `"k${i}":${i}`;
    keys.push(entry);
    size += entry.length + 1;
  }
  bodies['1mb-keys'] = `{${keys.join(',')}}`;
  const arrayField = fields.find((f) => f.schema.type === 'array');
  if (arrayField) bodies['1mb-array'] = `{"${arrayField.name}":[${Array.from({ length: 200_000 }, (_, i) => `"${i}"`).join(',').slice(0, BODY_LIMIT - 100).replace(/,[^,]*$/, '')}]}`;
  bodies['1mb-deep'] = '['.repeat(BODY_LIMIT / 2) + ']'.repeat(BODY_LIMIT / 2);
  return bodies;
}

interface Measure {
  status: number;
  text: string;
  blockMs: number;
  totalMs: number;
  bytes: number;
}

async function measure(port: number, token: string, method: string, path: string, body: Buffer): Promise<Measure> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  // Let the loop settle, so that the first sample is not the setup's.
  await new Promise((r) => setTimeout(r, 20));
  histogram.enable();
  const started = process.hrtime.bigint();
  const chunks: Buffer[] = [];
  const status = await new Promise<number>((resolveStatus, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: method.toUpperCase(), path, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': body.length } },
      (res) => {
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolveStatus(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  // One more turn of the loop, so that a block that ended the request is recorded.
  await new Promise((r) => setTimeout(r, 5));
  histogram.disable();
  // Read only now, after measuring: the figures are the server's, not this client's.
  return { status, text: Buffer.concat(chunks).toString('utf8'), blockMs: histogram.max / 1e6, totalMs, bytes: body.length };
}

async function main(): Promise<void> {
  const opts = options();
  const t = await TestApp.start({}, { listen: { port: 0 } });
  try {
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const document = await loadDocument(t);
    const operations = operationsOf(document).filter((op) => op.body !== null && op.path.includes(opts.only));
    // Real rows for path ids and id fields, so that the services run on the largest input too.
    const admin = await t.as(DEMO_USERS[0]);
    const firstId = async (path: string, user: string = DEMO_USERS[0]) => {
      const body = (await (await t.as(user)).get(path)).body as { id?: string }[] | { items?: { id: string }[] };
      const list = Array.isArray(body) ? body : (body.items ?? []);
      return list[0]?.id;
    };
    // Enough teams for the longest teamIds (100), a connected account and a post in the feed for shares.
    for (let i = teamIds.length; i < 100; i++) await admin.post('/api/v1/teams').send({ name: `Bench team ${i}` });
    teamIds = ((await admin.get('/api/v1/teams')).body as { id: string }[]).map((team) => team.id);
    const connection = await connectLinkedIn(t, 'manager@demo.chorus');
    const manager = await t.as('manager@demo.chorus');
    await manager.post('/api/v1/policies/current/acknowledge');
    const ids: Record<string, string> = {
      teamId: teamIds[0],
      managerId: (await admin.get('/api/v1/users')).body[0]?.id,
      postId: (await firstId('/api/v1/feed', 'manager@demo.chorus'))!,
      connectionId: connection.id,
    };
    const share = await manager.post('/api/v1/shares').send({ postId: ids.postId, connectionId: connection.id, commentary: 'Benchmark share' });
    if (share.status !== 201) throw new Error(`could not create the share the share routes need: ${share.status} ${share.text}`);
    const shareId = share.body.id as string;
    ids.campaignId = (await (await t.as('curator@demo.chorus')).post('/api/v1/campaigns').send({ name: 'Bench campaign' })).body.id;

    console.log(`event-loop benchmark: ${operations.length} routes with a JSON body, ${opts.runs} run(s) each after a warm-up`);
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node.js ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log('');
    console.log(`${'route'.padEnd(46)} ${'input'.padEnd(14)} ${'bytes'.padStart(9)} ${'status'.padStart(6)} ${'block ms'.padStart(9)} ${'total ms'.padStart(9)}`);
    const over: string[] = [];
    const longest = new Map<string, { input: string; blockMs: number }>();
    for (const op of operations) {
      const pathIds: Record<string, string> = {};
      for (const param of op.pathParams) {
        const list = op.path.slice(0, op.path.indexOf('/{'));
        pathIds[param.name] = (list === '/api/v1/shares' && shareId) || ((await firstId(list)) ?? (await firstId(list, 'manager@demo.chorus')) ?? UUID);
      }
      const url = fillPath(op, pathIds);
      const valid = JSON.stringify(largestObject(document, op.body!, ids, 0, 0));
      // The first user who may call it and sees the row (a share is its author's), else who may call it.
      let user = await privilegedUser(t, [json(op.method, url, valid)]);
      for (const candidate of DEMO_USERS) {
        const status = (await sendRaw(t, candidate, json(op.method, url, valid))).status;
        if (status !== 403 && status !== 404) {
          user = candidate;
          break;
        }
      }
      const token = await t.tokenFor(user);
      const inputs: Record<string, string> = { 'largest-valid': valid, ...megabyteBodies(document, op) };
      for (const [input, text] of Object.entries(inputs)) {
        // Each run its own names and addresses ("Kami" -> "K001"), so that creating twice is not a conflict.
        const mark = (run: number) => `${op.method === 'patch' ? 'P' : 'K'}${String(run).padStart(3, '0')}`;
        const bodies = Array.from({ length: opts.runs + 1 }, (_, run) =>
          Buffer.from(input === 'largest-valid' ? text.replaceAll('Kami', mark(run)).replaceAll('a'.repeat(64), `${run}`.padStart(64, 'a')).replaceAll('bench.user.', `bench${run}.user.`) : text),
        );
        await measure(port, token, op.method, url, bodies[0]);
        const results: Measure[] = [];
        for (let run = 1; run <= opts.runs; run++) results.push(await measure(port, token, op.method, url, bodies[run]));
        const worst = results.reduce((a, b) => (b.blockMs > a.blockMs ? b : a));
        const refused = input === 'largest-valid' && worst.status >= 400 ? `  (${String((JSON.parse(worst.text) as { message?: unknown }).message).slice(0, 90)})` : '';
        const over100 = worst.blockMs > LIMIT_MS;
        const flag = (over100 ? '  <-- over 100 ms' : '') + refused;
        console.log(
          `${`${op.method.toUpperCase()} ${op.path.replace('/api/v1', '')}`.padEnd(46)} ${input.padEnd(14)} ${String(worst.bytes).padStart(9)} ${String(worst.status).padStart(6)} ${worst.blockMs.toFixed(1).padStart(9)} ${worst.totalMs.toFixed(1).padStart(9)}${flag}`,
        );
        const route = `${op.method.toUpperCase()} ${op.path}`;
        if ((longest.get(route)?.blockMs ?? -1) < worst.blockMs) longest.set(route, { input, blockMs: worst.blockMs });
        if (over100) over.push(`${op.method.toUpperCase()} ${op.path} ${input}: ${worst.blockMs.toFixed(0)} ms`);
      }
    }
    console.log('');
    console.log('Longest block per route:');
    for (const [route, { input, blockMs }] of longest) console.log(`  ${route.padEnd(50)} ${blockMs.toFixed(1).padStart(8)} ms  (${input})`);
    console.log('');
    console.log(over.length === 0 ? `No route held the event loop for more than ${LIMIT_MS} ms.` : `Over ${LIMIT_MS} ms:\n  ${over.join('\n  ')}`);
  } finally {
    await t.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
