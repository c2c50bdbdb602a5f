import { Clock } from '@chorus/config';
import type { AuditAction } from '@chorus/messages';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditEvent } from './entities/audit-event.entity';
import { IdentityRepository } from './identity.repository';

export { AUDIT_ACTIONS, type AuditAction } from '@chorus/messages';

export interface AuditInput {
  organizationId: string;
  actorId: string | null;
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  detail?: Record<string, unknown>;
}

/** Writes admin and security actions to the audit log, in the transaction of the change itself. */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager | null, input: AuditInput): Promise<void> {
    const event: AuditEvent = {
      id: randomUUID(),
      organizationId: input.organizationId,
      actorId: input.actorId,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId ?? null,
      detail: input.detail ?? null,
      createdAt: this.clock.now(),
    };
    await this.repository.insertAuditEvent(manager, event);
  }
}
