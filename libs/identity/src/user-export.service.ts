import { csvDocument, CsvValue } from '@chorus/csv';
import { Injectable } from '@nestjs/common';
import { IdentityRepository } from './identity.repository';
import { requireRole } from './permissions';
import { AuthUser, Role } from './roles';

/** The columns of the users export; roles and teams are separated by ";" as in the import. */
export const USER_EXPORT_COLUMNS = ['email', 'name', 'roles', 'teams', 'timezone', 'status'] as const;

/** Users read per query: the file is written a page at a time, never held whole. */
const PAGE_SIZE = 500;

/** The organisation's users as a CSV file, through the shared writer (quoted, formulas neutralised). */
@Injectable()
export class UserExportService {
  constructor(private readonly repository: IdentityRepository) {}

  /** Checks permission at once, so a refusal is an answer of its own rather than a broken download. */
  exportCsv(actor: AuthUser): AsyncIterable<string> {
    requireRole(actor, [Role.Admin], 'action.exportUsers');
    return csvDocument(USER_EXPORT_COLUMNS, this.pages(actor.organizationId));
  }

  private async *pages(organizationId: string): AsyncGenerator<CsvValue[][]> {
    let after: string | null = null;
    for (;;) {
      const users = await this.repository.usersForExport(organizationId, after, PAGE_SIZE);
      if (users.length === 0) return;
      const teams = await this.repository.teamsOfUsers(users.map((u) => u.id));
      yield users.map((user) => [
        user.email,
        user.name,
        user.roles.join(';'),
        (teams.get(user.id) ?? []).map((team) => team.name).sort().join(';'),
        user.timezone,
        user.status,
      ]);
      if (users.length < PAGE_SIZE) return;
      after = users[users.length - 1].email;
    }
  }
}
