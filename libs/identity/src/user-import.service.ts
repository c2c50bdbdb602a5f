import { Transactions } from '@chorus/db';
import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { ImportResult, ImportRowError } from './dto/identity-responses';
import { Team } from './entities';
import { IdentityRepository } from './identity.repository';
import { requireRole } from './permissions';
import { ALL_ROLES, AuthUser, Role } from './roles';
import { UsersService } from './users.service';
import { Clock, isTimeZone } from '@chorus/config';

const COLUMNS = ['email', 'name', 'roles', 'teams', 'timezone', 'manages'] as const;
const MAX_ROWS = 5000;

interface ParsedRow {
  row: number;
  email: string;
  name: string;
  roles: Role[];
  teams: string[];
  timezone: string | null;
  manages: string[];
}

/** Imports users and teams from CSV: every row is checked first, then all are written or none. */
@Injectable()
export class UserImportService {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly transactions: Transactions,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async import(actor: AuthUser, csv: string): Promise<ImportResult> {
    requireRole(actor, [Role.Admin], 'import users');
    const { rows, errors } = this.parse(csv);
    const existing = await this.repository.findUsersByEmails(rows.map((r) => r.email));
    for (const user of existing) {
      const row = rows.find((r) => r.email === user.email)!;
      errors.push({ row: row.row, field: 'email', message: `a user with email ${user.email} already exists` });
    }
    if (errors.length > 0) throw importFailed(errors);

    const organization = await this.repository.findOrganization(actor.organizationId);
    const knownTeams = new Map((await this.repository.listTeams(actor.organizationId)).map((t) => [t.name.toLowerCase(), t]));
    const teamsCreated: string[] = [];
    const created = await this.transactions.run(async (manager) => {
      const teamFor = async (name: string): Promise<Team> => {
        const known = knownTeams.get(name.toLowerCase());
        if (known) return known;
        const team: Team = { id: randomUUID(), organizationId: actor.organizationId, name, managerId: null, createdAt: this.clock.now() };
        await manager.getRepository(Team).insert(team);
        knownTeams.set(name.toLowerCase(), team);
        teamsCreated.push(name);
        return team;
      };
      const result: { id: string; email: string; inviteUrl: string }[] = [];
      for (const row of rows) {
        const teams = await Promise.all(row.teams.map(teamFor));
        const { user, inviteUrl } = await this.users.insertUser(manager, {
          organizationId: actor.organizationId,
          email: row.email,
          name: row.name,
          roles: row.roles,
          teamIds: teams.map((t) => t.id),
          timezone: row.timezone ?? organization?.timezone ?? 'UTC',
          locale: organization?.defaultLocale ?? 'en',
        });
        for (const name of row.manages) {
          const team = await teamFor(name);
          await manager.getRepository(Team).update({ id: team.id }, { managerId: user.id });
        }
        result.push({ id: user.id, email: user.email, inviteUrl });
      }
      return result;
    });
    for (const user of created) await this.users.afterCreate(user.id);
    return { created: created.length, teamsCreated, users: created.map(({ email, inviteUrl }) => ({ email, inviteUrl })) };
  }

  private parse(csv: string): { rows: ParsedRow[]; errors: ImportRowError[] } {
    let records: string[][];
    try {
      records = parse(csv.replace(/^\uFEFF/, ''), { skip_empty_lines: true, trim: true, relax_column_count: true });
    } catch (error) {
      throw importFailed([{ row: 0, field: 'csv', message: `the file is not valid CSV: ${(error as Error).message}` }]);
    }
    if (records.length < 2) throw importFailed([{ row: 1, field: 'csv', message: 'the file needs a header row and at least one user' }]);
    if (records.length - 1 > MAX_ROWS) throw importFailed([{ row: 0, field: 'csv', message: `the file has more than ${MAX_ROWS} users; split it` }]);

    const header = records[0].map((h) => h.toLowerCase());
    const errors: ImportRowError[] = [];
    for (const column of header) {
      if (!(COLUMNS as readonly string[]).includes(column)) {
        errors.push({ row: 1, field: column, message: `unknown column "${column}"; the columns are ${COLUMNS.join(', ')}` });
      }
    }
    for (const required of ['email', 'name']) {
      if (!header.includes(required)) errors.push({ row: 1, field: required, message: `the header has no "${required}" column` });
    }
    if (errors.length > 0) throw importFailed(errors);

    const rows: ParsedRow[] = [];
    const seen = new Map<string, number>();
    records.slice(1).forEach((record, index) => {
      const row = index + 2;
      const cell = (column: string) => record[header.indexOf(column)]?.trim() ?? '';
      const list = (column: string) => cell(column).split(/[;|]/).map((v) => v.trim()).filter(Boolean);
      const email = cell('email').toLowerCase();
      const name = cell('name');
      const roles = list('roles');
      const timezone = cell('timezone') || null;
      const before = errors.length;
      if (record.length > header.length) errors.push({ row, field: 'csv', message: `has ${record.length} cells but the header has ${header.length}` });
      if (!isEmail(email)) errors.push({ row, field: 'email', message: `"${email}" is not an email address` });
      else if (seen.has(email)) errors.push({ row, field: 'email', message: `${email} is also on row ${seen.get(email)}` });
      if (!name) errors.push({ row, field: 'name', message: 'name is empty' });
      else if (name.length > 200) errors.push({ row, field: 'name', message: 'name is longer than 200 characters' });
      for (const role of roles) {
        if (!(ALL_ROLES as readonly string[]).includes(role.toLowerCase())) {
          errors.push({ row, field: 'roles', message: `"${role}" is not a role; use ${ALL_ROLES.join(', ')}` });
        }
      }
      for (const team of [...list('teams'), ...list('manages')]) {
        if (team.length > 120) errors.push({ row, field: 'teams', message: `team name "${team.slice(0, 20)}…" is longer than 120 characters` });
      }
      if (timezone && !isTimeZone(timezone)) errors.push({ row, field: 'timezone', message: `"${timezone}" is not a time zone such as Asia/Jakarta` });
      seen.set(email, seen.get(email) ?? row);
      if (errors.length === before) {
        rows.push({
          row,
          email,
          name,
          roles: roles.length > 0 ? [...new Set(roles.map((r) => r.toLowerCase() as Role))] : [Role.Employee],
          teams: list('teams'),
          timezone,
          manages: list('manages'),
        });
      }
    });
    return { rows, errors };
  }
}

function importFailed(errors: ImportRowError[]): UnprocessableEntityException {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return new UnprocessableEntityException({
    statusCode: 422,
    error: 'Unprocessable Entity',
    message: sorted.map((e) => (e.row > 0 ? `Row ${e.row}: ${e.field}: ${e.message}` : `${e.field}: ${e.message}`)),
    rows: sorted,
  });
}
