import { AuthUser, requireRole, Role } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { AuditEntryResponse, mapAuditEntry } from './share-responses';
import { SharesRepository } from './shares.repository';

/** The audit trail of share transitions, for admins and reviewers. */
@Injectable()
export class AuditLogService {
  constructor(private readonly repository: SharesRepository) {}

  async list(actor: AuthUser, shareId?: string, limit = 100): Promise<AuditEntryResponse[]> {
    requireRole(actor, [Role.Admin, Role.Reviewer], 'action.readAuditLog');
    return (await this.repository.listAudit(actor.organizationId, shareId, limit)).map(mapAuditEntry);
  }
}
