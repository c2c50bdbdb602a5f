import { OutboxRelay } from '@chorus/db';
import fc from 'fast-check';
import {
  encodeBody,
  hostileBody,
  objectValue,
  Knowledge,
  OpenApiDocument,
  Operation,
  operationsOf,
  pathValue,
  queryString,
  toJson,
  Transport,
  TRANSPORTS,
} from '../support/hostile-input';
import { DEMO_USERS, describeOperation, fillPath, loadDocument, privilegedUser, RawRequest, RawResponse, sendRaw } from '../support/raw-requests';
import { connectLinkedIn } from '../support/connections';
import { TestApp } from '../support/test-app';

/**
 * Property: for every operation in the OpenAPI document that takes a body or parameters,
 * hostile requests derived from its schema never get a 5xx, and a request refused with a 4xx
 * leaves every list (each parameterless GET in the document) exactly as it was.
 *
 * CHORUS_FUZZ_RUNS is the number of requests per operation (npm test: a few; .ci/run: more),
 * CHORUS_FUZZ_SEED the seed (fixed, so a failure replays; fast-check prints the one to use).
 */
const RUNS = Number(process.env.CHORUS_FUZZ_RUNS ?? 5);
const SEED = Number(process.env.CHORUS_FUZZ_SEED ?? 20261201);
/** Only operations whose "METHOD /path" contains this (to replay one). */
const ONLY = process.env.CHORUS_FUZZ_ONLY ?? '';

/** GETs that are not lists: they create OAuth state, are LinkedIn's redirect target, or report the process (uptime). */
const NOT_LISTS = new Set(['/api/v1/connections/linkedin/authorize', '/api/v1/connections/linkedin/callback', '/health', '/health/live', '/health/ready']);

type Snapshot = Record<string, { status: number; body: unknown }>;

interface FuzzRequest {
  pathValues: Record<string, string>;
  query: string;
  body: unknown;
  transport: Transport;
}

describe('hostile requests on every documented operation (property-based)', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let lists: Operation[];
  const snapshots = new Map<string, Snapshot>();
  /** The write mark when the cached snapshots were taken. */
  let listsMark: string | null = null;
  const actingUserIds = new Set<string>();

  beforeAll(async () => {
    t = await TestApp.start();
    document = await loadDocument(t);
    lists = operationsOf(document).filter((op) => op.method === 'get' && op.pathParams.length === 0 && !NOT_LISTS.has(op.path));
    // Connected accounts, so that share bodies can name a real connection and reach the service.
    for (const user of ['manager@demo.chorus', 'ana@demo.chorus']) await connectLinkedIn(t, user);
    for (const user of DEMO_USERS) actingUserIds.add(((await sendRaw(t, user, { method: 'get', url: '/api/v1/me' })).body as { id: string }).id);
  });
  afterAll(() => t.close());

  async function snapshot(user: string): Promise<Snapshot> {
    const responses = await Promise.all(lists.map((op) => sendRaw(t, user, { method: 'get', url: op.path })));
    return Object.fromEntries(lists.map((op, i) => [op.path, { status: responses[i].status, body: responses[i].body }]));
  }

  /** The lists as the acting user and as the admin see them, fetched again only after something was written. */
  async function listsAsSeenBy(user: string): Promise<Snapshot[]> {
    const viewers = user === DEMO_USERS[0] ? [user] : [user, DEMO_USERS[0]];
    const result: Snapshot[] = [];
    for (const viewer of viewers) {
      if (!snapshots.has(viewer)) snapshots.set(viewer, await settledSnapshot(viewer));
      result.push(snapshots.get(viewer)!);
    }
    return result;
  }

  /** Runs what earlier successes set going (outbox events, then the jobs they queue) to its end. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 2; i++) {
      await t.app.get(OutboxRelay).run();
      await t.queuesIdle();
    }
  }

  /** With BullMQ, jobs a success queued run a little later; wait until the lists stop moving. */
  async function settledSnapshot(user: string): Promise<Snapshot> {
    let current = await snapshot(user);
    if (!t.environment.usesServices) return current;
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const next = await snapshot(user);
      if (JSON.stringify(next) === JSON.stringify(current)) return next;
      current = next;
    }
    return current;
  }

  /**
   * A mark that moves whenever anything is written: rows changed on SQLite's one connection
   * (jobs included), or PostgreSQL's WAL insert position (which other databases on the same
   * server also move). When a refused request moved nothing, the lists cannot have changed and
   * are not fetched again, which keeps the run fast; when it moved, they are compared.
   */
  async function writes(): Promise<string> {
    const sql = t.environment.usesServices ? 'SELECT pg_current_wal_insert_lsn()::text AS n' : 'SELECT total_changes() AS n';
    const [row] = (await t.dataSource.query(sql)) as { n: unknown }[];
    return String(row.n);
  }

  /** Ids in the lists, those the acting user sees first (a post in their feed, their own connection). */
  function knowledge(user: string): Knowledge {
    const idsIn = (value: unknown, keys: Set<string>, depth = 0, found = new Set<string>()): Set<string> => {
      if (depth > 4 || value === null || typeof value !== 'object') return found;
      for (const [key, child] of Object.entries(value)) {
        if (typeof child === 'string' && keys.has(key) && /^[0-9a-f-]{36}$/.test(child)) found.add(child);
        else idsIn(child, keys, depth + 1, found);
      }
      return found;
    };
    const views = [...snapshots.values()];
    return {
      idsFor: (path) => {
        const list = path.slice(0, path.indexOf('/{'));
        const param = /\{(\w+)\}/.exec(path)?.[1] ?? 'id';
        const ids = new Set<string>();
        for (const view of views) idsIn(view[list]?.body, new Set(['id', param]), 0, ids);
        // Never the demo users themselves: a valid PATCH could take away the role the run relies on.
        if (list === '/api/v1/users') for (const id of actingUserIds) ids.delete(id);
        return [...ids].sort();
      },
      idsForField: (name) => {
        // teamIds -> /api/v1/teams, campaignId -> /api/v1/campaigns; a manager is a user.
        const kind = name.replace(/Ids?$/, '');
        const sources = kind === 'manager' ? ['/api/v1/users'] : kind === 'post' ? ['/api/v1/posts', '/api/v1/feed'] : [`/api/v1/${kind}s`];
        const ids = new Set<string>();
        for (const list of sources) idsIn(snapshots.get(user)?.[list]?.body, new Set(['id']), 0, ids);
        if (ids.size === 0) for (const view of views) for (const list of sources) idsIn(view[list]?.body, new Set(['id']), 0, ids);
        if (ids.size === 0) for (const view of views) idsIn(view, new Set(['id']), 0, ids);
        return [...ids].sort();
      },
    };
  }

  function requestFor(op: Operation, known: Knowledge): fc.Arbitrary<FuzzRequest> {
    // Real rows for bodies and reads; operations that act on a row by id alone (deactivate,
    // delete, publish…) only get ids that name nothing, so the run cannot remove its own users.
    const allowReal = op.body !== null || op.method === 'get';
    const pathValues = fc.record(Object.fromEntries(op.pathParams.map((p) => [p.name, pathValue(known.idsFor(op.path), allowReal)])));
    return fc.record({
      pathValues,
      query: op.queryParams.length > 0 ? queryString(document, op.queryParams, known) : fc.constant(''),
      body: op.body ? hostileBody(document, op.body, known) : fc.constant(undefined),
      transport: op.body ? TRANSPORTS : fc.constant<Transport>({}),
    });
  }

  function rawRequest(op: Operation, request: FuzzRequest): RawRequest {
    const url = fillPath(op, request.pathValues) + (request.query ? `?${request.query}` : '');
    if (request.body === undefined) return { method: op.method, url };
    const headers: Record<string, string> = {};
    if (request.transport.contentType) headers['Content-Type'] = request.transport.contentType;
    if (request.transport.contentEncoding) headers['Content-Encoding'] = request.transport.contentEncoding;
    return { method: op.method, url, headers, body: encodeBody(toJson(request.body), request.transport) };
  }

  function show(raw: RawRequest, response: RawResponse): string {
    const body = raw.body === undefined ? '' : ` ${raw.headers?.['Content-Encoding'] ?? ''} ${String(raw.body).slice(0, 300)}`;
    return `${raw.method.toUpperCase()} ${raw.url.slice(0, 200)}${body} -> ${response.status} ${response.text.slice(0, 300)}`;
  }

  it(
    `no 5xx, and a refused request changes no list (${RUNS} requests per operation, seed ${SEED})`,
    async () => {
      const operations = operationsOf(document).filter((op) => op.body !== null || op.pathParams.length > 0 || op.queryParams.length > 0);
      expect(operations.length).toBeGreaterThan(40);
      const failures: string[] = [];
      for (const [index, op] of operations.entries()) {
        if (!describeOperation(op).includes(ONLY)) continue;
        // Earlier operations may have published a new policy, which employees must accept before sharing.
        for (const employee of ['manager@demo.chorus', 'ana@demo.chorus']) await sendRaw(t, employee, { method: 'post', url: '/api/v1/policies/current/acknowledge' });
        const probes: RawRequest[] = [{ method: op.method, url: fillPath(op, {}) }];
        if (op.body) {
          const valid = fc.sample(objectValue(document, op.body, knowledge(DEMO_USERS[0]), 0, 0), { seed: SEED, numRuns: 3 });
          probes.splice(0, 1, ...valid.map((body) => ({ method: op.method, url: fillPath(op, {}), headers: { 'Content-Type': 'application/json' }, body: toJson(body) })));
        }
        const user = await privilegedUser(t, probes);
        snapshots.clear();
        await listsAsSeenBy(user);
        const property = fc.asyncProperty(requestFor(op, knowledge(user)), async (request) => {
          const raw = rawRequest(op, request);
          // Scheduled ticks (digests, the outbox relay) write between requests too: lists
          // cached before such a write are stale, so fetch them again.
          await settle();
          if ((await writes()) !== listsMark) snapshots.clear();
          const before = await listsAsSeenBy(user);
          const written = await writes();
          listsMark = written;
          const response = await sendRaw(t, user, raw);
          await t.jobsIdle();
          if (response.status >= 500) throw new Error(`5xx: ${show(raw, response)}`);
          if (response.status < 400) {
            snapshots.clear();
            return;
          }
          if (response.contentType.startsWith('application/json')) {
            const error = response.body as { statusCode?: unknown; message?: unknown };
            const sentences = Array.isArray(error.message) ? error.message : [error.message];
            if (error.statusCode !== response.status || sentences.length === 0 || !sentences.every((m) => typeof m === 'string' && m.length > 0)) {
              throw new Error(`a 4xx without a message: ${show(raw, response)}`);
            }
          }
          if ((await writes()) === written) return;
          snapshots.clear();
          const after = await listsAsSeenBy(user);
          for (const [i, view] of after.entries()) {
            for (const path of Object.keys(view)) {
              if (JSON.stringify(view[path]) !== JSON.stringify(before[i][path])) {
                throw new Error(`refused with ${response.status}, yet ${path} changed: ${show(raw, response)}`);
              }
            }
          }
        });
        try {
          await fc.assert(property, { seed: SEED + index, numRuns: RUNS, includeErrorInReport: true });
        } catch (error) {
          // What went wrong first, then fast-check's counterexample and seed.
          const message = (error as Error).message;
          const got = message.indexOf('Got error: ');
          failures.push(`${describeOperation(op)} as ${user}: ${got >= 0 ? message.slice(got, got + 1500) : ''}\n${message.slice(0, 1500)}`);
        }
      }
      expect(failures).toEqual([]);
    },
    // A cap against a hang, not a speed test: PostgreSQL on a busy 2-core machine needs about 1.5 s per request and operation.
    Math.max(60_000, RUNS * 60 * 3_000),
  );
});
