import { userMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { HandlesEvent, OutboxRepository, Transactions } from '@chorus/db';
import { AuditTrail, AuthUser, requireRole, Role } from '@chorus/identity';
import { FanOut, FanOutConsumer, NOTIFICATION_LINKS } from '@chorus/notifications';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PolicyResponse, PolicyVersionSummary } from './compliance-responses';
import { ComplianceRepository } from './compliance.repository';
import { PolicyVersion } from './policy.entity';

export class CreatePolicyDto {
  @ApiProperty({ description: 'The policy in Markdown' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50_000)
  body!: string;
}

/** Written when an admin publishes a version; everyone in the organisation is asked to read it. */
export const POLICY_PUBLISHED = 'policy.published';

export interface PolicyPublishedEvent {
  policyVersionId: string;
  organizationId: string;
  version: number;
  publishedById: string;
}

/** The organisation's social-media policy: versions written by admins, acknowledged by everyone. */
@Injectable()
export class PoliciesService {
  constructor(
    private readonly repository: ComplianceRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  async current(actor: AuthUser): Promise<PolicyResponse> {
    const policy = await this.findCurrent(actor.organizationId);
    if (!policy) throw new NotFoundException(userMessage('policy.notPublished'));
    return this.respond(actor, policy);
  }

  /** Every version, newest first, with how many people acknowledged each. */
  async history(actor: AuthUser): Promise<PolicyVersionSummary[]> {
    requireRole(actor, [Role.Admin], 'action.readPolicyHistory');
    const versions = await this.repository.policyVersions(actor.organizationId);
    const byVersion = await this.repository.acknowledgementCounts(actor.organizationId);
    return versions.map((v) => ({ id: v.id, version: v.version, createdAt: v.createdAt.toISOString(), acknowledgements: byVersion.get(v.id) ?? 0 }));
  }

  async publish(actor: AuthUser, dto: CreatePolicyDto): Promise<PolicyResponse> {
    requireRole(actor, [Role.Admin], 'action.publishPolicy');
    const policy = await this.transactions.run(async (manager) => {
      const version = await this.insertVersion(manager, actor.organizationId, dto.body, actor.id);
      const payload: PolicyPublishedEvent = { policyVersionId: version.id, organizationId: version.organizationId, version: version.version, publishedById: actor.id };
      await this.outbox.append(manager, { type: POLICY_PUBLISHED, organizationId: version.organizationId, dedupeKey: version.id, payload, at: version.createdAt });
      await this.audit.record(manager, { organizationId: version.organizationId, actorId: actor.id, action: 'policy.published', targetType: 'policy', targetId: version.id, detail: { version: version.version } });
      return version;
    });
    return this.respond(actor, policy);
  }

  async insertVersion(manager: EntityManager, organizationId: string, body: string, createdById: string | null): Promise<PolicyVersion> {
    const latest = await this.repository.currentPolicy(organizationId, manager);
    const policy: PolicyVersion = {
      id: randomUUID(),
      organizationId,
      version: (latest?.version ?? 0) + 1,
      body,
      createdById,
      createdAt: this.clock.now(),
    };
    await this.repository.insertPolicyVersion(manager, policy);
    return policy;
  }

  async acknowledge(actor: AuthUser): Promise<PolicyResponse> {
    const policy = await this.findCurrent(actor.organizationId);
    if (!policy) throw new NotFoundException(userMessage('policy.notPublished'));
    await this.transactions.run((m) =>
      this.repository.acknowledge(m, { id: randomUUID(), organizationId: actor.organizationId, userId: actor.id, policyVersionId: policy.id, acknowledgedAt: this.clock.now() }),
    );
    return this.respond(actor, policy);
  }

  /** The approval gate: the current policy, if there is one, must have been acknowledged. */
  async assertAcknowledged(actor: AuthUser): Promise<void> {
    const policy = await this.findCurrent(actor.organizationId);
    if (!policy) return;
    const acknowledged = Boolean(await this.repository.findAcknowledgement(actor.id, policy.id));
    if (!acknowledged) {
      throw new ForbiddenException(
        userMessage('policy.notAcknowledged', { version: String(policy.version) }),
      );
    }
  }

  private findCurrent(organizationId: string): Promise<PolicyVersion | null> {
    return this.repository.currentPolicy(organizationId);
  }

  private async respond(actor: AuthUser, policy: PolicyVersion): Promise<PolicyResponse> {
    const ack = await this.repository.findAcknowledgement(actor.id, policy.id);
    return {
      id: policy.id,
      version: policy.version,
      body: policy.body,
      createdAt: policy.createdAt.toISOString(),
      acknowledged: Boolean(ack),
      acknowledgedAt: ack?.acknowledgedAt.toISOString() ?? null,
    };
  }
}

/** Everyone active in the organisation, but the admin who published it, is asked to read a new version. */
@HandlesEvent(POLICY_PUBLISHED, 'policy-published-notifications')
export class PolicyPublishedNotificationsConsumer extends FanOutConsumer<PolicyPublishedEvent> {
  protected fanOutOf(policy: PolicyPublishedEvent): FanOut | null {
    return {
      to: { organizationId: policy.organizationId, exceptUserIds: [policy.publishedById] },
      notification: {
        kind: 'policy.published',
        code: 'notification.policyPublished',
        params: { version: policy.version },
        dedupeKey: `policy-published:${policy.policyVersionId}`,
        link: NOTIFICATION_LINKS.policy(),
      },
    };
  }
}
