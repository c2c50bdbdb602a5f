import { fieldMessage, type MessageCode, type MessageParams, type UserMessage, userMessage } from '@chorus/messages';
import { AuditTrail } from './audit-trail';
import { Transactions } from '@chorus/db';
import { Injectable, PayloadTooLargeException, UnprocessableEntityException } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { CsvError, parse } from 'csv-parse';
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { ImportResult, ImportRowError } from './dto/identity-responses';
import { Team } from './entities';
import { IdentityRepository } from './identity.repository';
import { requireRole } from './permissions';
import { ALL_ROLES, AuthUser, Role } from './roles';
import { UsersService } from './users.service';
import { Clock, isTimeZone } from '@chorus/config';

const COLUMNS = ['email', 'name', 'roles', 'teams', 'timezone', 'manages'] as const;

/** What one import may hold; docs/operations.md lists these for admins. */
export const CSV_IMPORT_LIMITS = {
  /** UTF-8 bytes of the file. */
  maxFileBytes: 2 * 1024 * 1024,
  maxUsers: 10_000,
  maxColumns: 32,
  maxCellLength: 1_000,
  /** A refusal lists this many problems and counts the rest, so its answer stays small. */
  maxProblemsListed: 50,
} as const;

/** The JSON body carrying the file: escaped quotes and line breaks make it up to twice as long. */
export const CSV_IMPORT_BODY_LIMIT_BYTES = CSV_IMPORT_LIMITS.maxFileBytes * 2 + 64 * 1024;

/** Unknown header names quoted one by one before the rest are only counted. */
const UNKNOWN_COLUMNS_LISTED = 5;
/** The parser reads the file a slice at a time, and rows are checked a batch per turn of the event loop. */
const PARSE_SLICE_CHARS = 16 * 1024;
const ROWS_PER_TURN = 100;
const EMAILS_PER_QUERY = 500;
const MB = 1024 * 1024;

const count = new Intl.NumberFormat('en-US');

interface ParsedRow {
  row: number;
  email: string;
  name: string;
  roles: Role[];
  teams: string[];
  timezone: string | null;
  manages: string[];
}

/**
 * Imports users and teams from CSV: every row is checked first, then all are written or none.
 * Parsing, checking and writing each hand the event loop back between batches, so a
 * 10,000-row import does not stall other requests.
 */
@Injectable()
export class UserImportService {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async import(actor: AuthUser, csv: string): Promise<ImportResult> {
    requireRole(actor, [Role.Admin], 'action.importUsers');
    const { rows, problems } = await this.parse(csv);
    const organization = await this.repository.findOrganization(actor.organizationId);
    const knownTeams = new Map((await this.repository.listTeams(actor.organizationId)).map((t) => [t.name.toLowerCase(), t]));

    // On SQLite other requests may run between the batches below, inside this transaction
    // (there is one connection); every other transaction waits for it, and the checks that
    // could fail happen before the first write, so in practice it only ever commits.
    const { created, teamsCreated } = await this.transactions.run(async (manager) => {
      problems.push(...(await this.emailsTaken(manager, rows)));
      if (problems.length > 0) throw importFailed(problems);

      const teamsCreated: Team[] = [];
      const teamFor = (name: string): Team => {
        const known = knownTeams.get(name.toLowerCase());
        if (known) return known;
        const team: Team = { id: randomUUID(), organizationId: actor.organizationId, name, managerId: null, createdAt: this.clock.now() };
        knownTeams.set(name.toLowerCase(), team);
        teamsCreated.push(team);
        return team;
      };
      const inputs = rows.map((row) => {
        const teamIds = [...new Set(row.teams.map((name) => teamFor(name).id))];
        row.manages.forEach(teamFor);
        return {
          organizationId: actor.organizationId,
          email: row.email,
          name: row.name,
          roles: row.roles,
          teamIds,
          timezone: row.timezone ?? organization?.timezone ?? 'UTC',
          locale: organization?.defaultLocale ?? 'en',
        };
      });
      await this.repository.insertTeams(manager, teamsCreated);
      const created = await this.users.insertUsers(manager, inputs);

      // A team named in several rows' "manages" ends with the last of them, as if applied in order.
      const managers = new Map<string, string>();
      rows.forEach((row, i) => row.manages.forEach((name) => managers.set(teamFor(name).id, created[i].user.id)));
      let updates = 0;
      for (const [teamId, managerId] of managers) {
        if (++updates % ROWS_PER_TURN === 0) await nextTurn();
        await this.repository.updateTeam(manager, teamId, { managerId });
      }
      await this.audit.record(manager, { organizationId: actor.organizationId, actorId: actor.id, action: 'users.imported', targetType: 'organization', targetId: actor.organizationId, detail: { created: created.length, teamsCreated: teamsCreated.map((t) => t.name) } });
      return { created, teamsCreated: teamsCreated.map((t) => t.name) };
    });
    await this.users.afterCreateAll(created.map((c) => c.user));
    return { created: created.length, teamsCreated, users: created.map(({ user, inviteUrl }) => ({ email: user.email, inviteUrl })) };
  }

  private async parse(csv: string): Promise<{ rows: ParsedRow[]; problems: ImportRowError[] }> {
    const bytes = Buffer.byteLength(csv, 'utf8');
    if (bytes > CSV_IMPORT_LIMITS.maxFileBytes) {
      const size = (Math.ceil((bytes / MB) * 10) / 10).toFixed(1);
      throw tooLarge(userMessage('import.fileTooLarge', { size, max: CSV_IMPORT_LIMITS.maxFileBytes / MB }));
    }

    let header: string[] | null = null;
    const rows: ParsedRow[] = [];
    const problems: ImportRowError[] = [];
    const seen = new Map<string, number>();
    const zones = new Map<string, boolean>();
    let line = 1;
    try {
      for await (const record of readRecords(csv)) {
        if (header === null) {
          header = record.map((h) => h.toLowerCase());
          const headerProblems = checkHeader(header);
          // The rows are only read once the header is right: its problems are all there is to say.
          if (headerProblems.length > 0) throw importFailed(headerProblems);
          continue;
        }
        line += 1;
        // Past the limit the rest is only counted, to say by how much the file is over.
        if (line - 1 > CSV_IMPORT_LIMITS.maxUsers) continue;
        const row = checkRow(record, line, header, seen, (zone) => {
          if (!zones.has(zone)) zones.set(zone, isTimeZone(zone));
          return zones.get(zone)!;
        });
        problems.push(...row.problems);
        if (row.parsed) rows.push(row.parsed);
        if (line % ROWS_PER_TURN === 0) await nextTurn();
      }
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      throw importFailed([rowProblem(0, 'csv', 'import.invalidCsv', { detail: error.message.slice(0, 300) })]);
    }
    if (header === null || line === 1) throw importFailed([rowProblem(1, 'csv', 'import.empty')]);
    if (line - 1 > CSV_IMPORT_LIMITS.maxUsers) {
      throw tooLarge(userMessage('import.tooManyUsers', { count: line - 1, max: CSV_IMPORT_LIMITS.maxUsers }));
    }
    return { rows, problems };
  }

  private async emailsTaken(manager: EntityManager, rows: readonly ParsedRow[]): Promise<ImportRowError[]> {
    const rowOf = new Map(rows.map((r) => [r.email, r.row]));
    const emails = [...rowOf.keys()];
    const problems: ImportRowError[] = [];
    for (let start = 0; start < emails.length; start += EMAILS_PER_QUERY) {
      if (start > 0) await nextTurn();
      for (const user of await this.repository.findUsersByEmails(emails.slice(start, start + EMAILS_PER_QUERY), manager)) {
        problems.push(rowProblem(rowOf.get(user.email)!, 'email', 'import.emailTaken', { email: user.email }));
      }
    }
    return problems;
  }
}

/**
 * The file's records, a slice of text at a time with a turn of the event loop after each,
 * so that even one enormous header row never holds the process for long.
 */
async function* readRecords(csv: string): AsyncGenerator<string[]> {
  const parser = parse({ bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  const records: string[][] = [];
  let failure: unknown = null;
  let ended = false;
  parser.on('data', (record: string[]) => records.push(record));
  parser.on('error', (error) => (failure = error));
  parser.on('end', () => (ended = true));
  try {
    for (const slice of slices(csv)) {
      parser.write(slice);
      await nextTurn();
      if (failure) throw failure;
      yield* records.splice(0);
    }
    parser.end();
    while (!ended && !failure) await nextTurn();
    if (failure) throw failure;
    yield* records.splice(0);
  } finally {
    parser.destroy();
  }
}

function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + PARSE_SLICE_CHARS, text.length);
    // Never split a surrogate pair: each slice is encoded as UTF-8 on its own.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

function checkHeader(header: readonly string[]): ImportRowError[] {
  const problems: ImportRowError[] = [];
  if (header.length > CSV_IMPORT_LIMITS.maxColumns) {
    problems.push(rowProblem(1, 'csv', 'import.tooManyColumns', { count: header.length, max: CSV_IMPORT_LIMITS.maxColumns }));
  }
  const unknown = [...new Set(header.filter((column) => !(COLUMNS as readonly string[]).includes(column)))];
  for (const column of unknown.slice(0, UNKNOWN_COLUMNS_LISTED)) {
    problems.push(rowProblem(1, shorten(column), 'import.unknownColumn', { column: shorten(column), columns: COLUMNS.join(', ') }));
  }
  if (unknown.length > UNKNOWN_COLUMNS_LISTED) {
    problems.push(rowProblem(1, 'csv', 'import.moreUnknownColumns', { count: unknown.length - UNKNOWN_COLUMNS_LISTED }));
  }
  for (const column of COLUMNS) {
    const times = header.filter((h) => h === column).length;
    if (times > 1) problems.push(rowProblem(1, column, 'import.repeatedColumn', { column, count: times }));
  }
  for (const required of ['email', 'name']) {
    if (!header.includes(required)) problems.push(rowProblem(1, required, 'import.missingColumn', { column: required }));
  }
  return problems;
}

function checkRow(
  record: readonly string[],
  row: number,
  header: readonly string[],
  seen: Map<string, number>,
  isZone: (zone: string) => boolean,
): { parsed: ParsedRow | null; problems: ImportRowError[] } {
  const problems: ImportRowError[] = [];
  if (record.length > header.length) problems.push(rowProblem(row, 'csv', 'import.extraCells', { count: record.length, columns: String(header.length) }));
  // An overlong cell is reported once, by its length, and not checked (or quoted) further.
  const overlong = new Set<string>();
  record.forEach((value, i) => {
    if (value.length <= CSV_IMPORT_LIMITS.maxCellLength) return;
    const field = header[i] ?? 'csv';
    overlong.add(field);
    problems.push(rowProblem(row, field, 'import.cellTooLong', { length: value.length, max: CSV_IMPORT_LIMITS.maxCellLength }));
  });
  const cell = (column: string) => (overlong.has(column) ? '' : (record[header.indexOf(column)]?.trim() ?? ''));
  const list = (column: string) => cell(column).split(/[;|]/).map((v) => v.trim()).filter(Boolean);
  const email = cell('email').toLowerCase();
  const name = cell('name');
  const roles = list('roles');
  const timezone = cell('timezone') || null;
  if (!overlong.has('email')) {
    if (!isEmail(email)) problems.push(rowProblem(row, 'email', 'import.notEmail', { value: shorten(email) }));
    else if (seen.has(email)) problems.push(rowProblem(row, 'email', 'import.duplicateEmail', { email, otherRow: String(seen.get(email)) }));
  }
  if (!overlong.has('name')) {
    if (!name) problems.push(rowProblem(row, 'name', 'import.nameEmpty'));
    else if (name.length > 200) problems.push(rowProblem(row, 'name', 'import.nameTooLong', { max: 200 }));
  }
  for (const role of roles) {
    if (!(ALL_ROLES as readonly string[]).includes(role.toLowerCase())) {
      problems.push(rowProblem(row, 'roles', 'import.unknownRole', { value: shorten(role), roles: ALL_ROLES.join(', ') }));
    }
  }
  for (const team of [...list('teams'), ...list('manages')]) {
    if (team.length > 120) problems.push(rowProblem(row, 'teams', 'import.teamNameTooLong', { name: team.slice(0, 20), max: 120 }));
  }
  if (timezone && !isZone(timezone)) problems.push(rowProblem(row, 'timezone', 'import.unknownTimezone', { value: shorten(timezone) }));
  if (email && !overlong.has('email')) seen.set(email, seen.get(email) ?? row);
  if (problems.length > 0) return { parsed: null, problems };
  return {
    parsed: {
      row,
      email,
      name,
      roles: roles.length > 0 ? [...new Set(roles.map((r) => r.toLowerCase() as Role))] : [Role.Employee],
      teams: list('teams'),
      timezone,
      manages: list('manages'),
    },
    problems,
  };
}

/** A value as typed, cut short: a refusal must stay small whatever the file holds. */
function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

function tooLarge(message: UserMessage): PayloadTooLargeException {
  return new PayloadTooLargeException({ statusCode: 413, error: 'Payload Too Large', ...message });
}

function rowProblem(row: number, field: string, code: MessageCode, params: MessageParams = {}): ImportRowError {
  return { row, ...fieldMessage(field, code, params) };
}

/** At most the first problems, by line, and how many more there are. */
function importFailed(problems: readonly ImportRowError[]): UnprocessableEntityException {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  const listed = sorted.slice(0, CSV_IMPORT_LIMITS.maxProblemsListed);
  const more = sorted.length - listed.length;
  const sentences = listed.map((e) => (e.row > 0 ? `Row ${e.row}: ${e.field}: ${e.message}` : `${e.field}: ${e.message}`));
  if (more > 0) sentences.push(`…and ${count.format(more)} more problem${more === 1 ? '' : 's'}`);
  return new UnprocessableEntityException({
    statusCode: 422,
    error: 'Unprocessable Entity',
    ...userMessage('import.failed', { count: sorted.length }),
    message: sentences,
    rows: listed,
    problemCount: sorted.length,
  });
}
