import { AuthUser, IdentityRepository, requireRole, Role } from '@chorus/identity';
import { fieldProblem } from '@chorus/messages';
import { BadRequestException, Injectable } from '@nestjs/common';
import { AuditFilters, AuditLogRepository } from './audit-log.repository';
import { AuditEventsQueryDto } from './shares.dto';
import { AuditEntryResponse, AuditEventResponse, AuditEventsResponse, AuditPerson, mapAuditEntry } from './share-responses';
import { SharesRepository } from './shares.repository';

interface Cursor {
  at: string;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string): { at: Date; id: string } | null {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Cursor>;
    const at = new Date(String(parsed.at));
    return typeof parsed.id === 'string' && !Number.isNaN(at.getTime()) ? { at, id: parsed.id } : null;
  } catch {
    return null;
  }
}

/**
 * The audit log, for admins and reviewers: every share transition (who moved which share from
 * which status to which) and every admin or security action (rules, policies, roles, imports,
 * settings, sign-ins, connections), newest first, filterable and paged.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly repository: SharesRepository,
    private readonly log: AuditLogRepository,
    private readonly identity: IdentityRepository,
  ) {}

  /** The original shape: share transitions only, as an array (kept for existing clients). */
  async list(actor: AuthUser, shareId?: string, limit = 100): Promise<AuditEntryResponse[]> {
    requireRole(actor, [Role.Admin, Role.Reviewer], 'action.readAuditLog');
    return (await this.repository.listAudit(actor.organizationId, shareId, limit)).map(mapAuditEntry);
  }

  async events(actor: AuthUser, query: AuditEventsQueryDto): Promise<AuditEventsResponse> {
    requireRole(actor, [Role.Admin, Role.Reviewer], 'action.readAuditLog');
    const limit = query.limit ?? 50;
    const before = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (before === null) throw new BadRequestException(fieldProblem('cursor', 'audit.invalidCursor'));
    const filters: AuditFilters = {
      organizationId: actor.organizationId,
      shareId: query.shareId,
      userId: query.userId,
      action: query.action,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      before,
    };
    // Each source's newest `limit + 1` after the cursor, merged: the page is the newest `limit` of both.
    const [shareEntries, adminEvents] = await Promise.all([this.log.shareEntries(filters, limit + 1), this.log.adminEvents(filters, limit + 1)]);
    const merged = [
      ...shareEntries.map((e) => ({ at: e.createdAt, id: e.id, share: e, admin: null })),
      ...adminEvents.map((e) => ({ at: e.createdAt, id: e.id, share: null, admin: e })),
    ].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    const page = merged.slice(0, limit);
    const owners = await this.log.ownersOf(actor.organizationId, [...new Set(page.flatMap((e) => (e.share ? [e.share.shareId] : [])))]);
    const people = new Set<string>();
    for (const entry of page) {
      if (entry.share?.actorId) people.add(entry.share.actorId);
      if (entry.admin?.actorId) people.add(entry.admin.actorId);
      if (entry.admin?.targetType === 'user' && entry.admin.targetId) people.add(entry.admin.targetId);
    }
    for (const owner of owners.values()) people.add(owner);
    const names = new Map((await this.identity.findUsersInOrganization(actor.organizationId, [...people])).map((u) => [u.id, u.name]));
    const person = (id: string | null | undefined): AuditPerson | null => (id ? { id, name: names.get(id) ?? '' } : null);
    const entries: AuditEventResponse[] = page.map(({ share, admin }) =>
      share
        ? {
            id: share.id,
            kind: 'share',
            action: share.action,
            createdAt: share.createdAt.toISOString(),
            actor: person(share.actorId),
            shareId: share.shareId,
            shareOwner: person(owners.get(share.shareId)),
            targetType: 'share',
            targetId: share.shareId,
            targetUser: null,
            fromStatus: share.fromStatus,
            toStatus: share.toStatus,
            detail: share.detail,
          }
        : {
            id: admin!.id,
            kind: 'admin',
            action: admin!.action,
            createdAt: admin!.createdAt.toISOString(),
            actor: person(admin!.actorId),
            shareId: null,
            shareOwner: null,
            targetType: admin!.targetType,
            targetId: admin!.targetId,
            targetUser: admin!.targetType === 'user' ? person(admin!.targetId) : null,
            fromStatus: null,
            toStatus: null,
            detail: admin!.detail,
          },
    );
    const last = page.at(-1);
    return { entries, nextCursor: merged.length > limit && last ? encodeCursor({ at: last.at.toISOString(), id: last.id }) : null };
  }
}
