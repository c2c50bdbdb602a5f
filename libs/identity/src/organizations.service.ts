import { userMessage } from '@chorus/messages';
import { AuditTrail } from './audit-trail';
import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { UpdateOrganizationDto } from './dto/identity.dto';
import { mapOrganization, OrganizationResponse } from './dto/identity-responses';
import { Organization, User } from './entities';
import { IdentityRepository } from './identity.repository';
import { requireRole } from './permissions';
import { AuthUser, Role } from './roles';
import { IdentityLifecycle } from './identity-lifecycle';
import { UsersService } from './users.service';

export interface NewOrganization {
  name: string;
  slug?: string;
  timezone?: string;
  defaultLocale?: string;
  admin: { email: string; name: string };
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly users: UsersService,
    private readonly lifecycle: IdentityLifecycle,
    private readonly clock: Clock,
  ) {}

  async get(actor: AuthUser): Promise<OrganizationResponse> {
    return mapOrganization(await this.mustFind(actor.organizationId));
  }

  async update(actor: AuthUser, dto: UpdateOrganizationDto): Promise<OrganizationResponse> {
    requireRole(actor, [Role.Admin], 'action.changeOrganisationSettings');
    const organization = await this.mustFind(actor.organizationId);
    const changes: Partial<Organization> = { updatedAt: this.clock.now() };
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.timezone !== undefined) changes.timezone = dto.timezone;
    if (dto.dailyShareLimit !== undefined) changes.dailyShareLimit = dto.dailyShareLimit;
    if (dto.requiredDisclosure !== undefined) changes.requiredDisclosure = dto.requiredDisclosure?.trim() || null;
    if (dto.disclosureMode !== undefined) changes.disclosureMode = dto.disclosureMode;
    if (dto.employeesSeeLeaderboard !== undefined) changes.employeesSeeLeaderboard = dto.employeesSeeLeaderboard;
    await this.transactions.run(async (m) => {
      await this.repository.updateOrganization(m, organization.id, changes);
      const changed = Object.fromEntries(
        Object.entries(changes)
          .filter(([key, value]) => key !== 'updatedAt' && (organization as unknown as Record<string, unknown>)[key] !== value)
          .map(([key, value]) => [key, { from: (organization as unknown as Record<string, unknown>)[key] ?? null, to: value }]),
      );
      await this.audit.record(m, { organizationId: organization.id, actorId: actor.id, action: 'organization.updated', targetType: 'organization', targetId: organization.id, detail: changed });
    });
    return mapOrganization({ ...organization, ...changes });
  }

  /** For operators (the CLI) and the demo seed: a new tenant with its first admin. */
  async create(input: NewOrganization): Promise<{ organization: Organization; admin: User; inviteUrl: string }> {
    const slug = input.slug ?? slugify(input.name);
    if (await this.repository.findOrganizationBySlug(slug)) throw new ConflictException(userMessage('organization.slugTaken', { slug }));
    if ((await this.repository.findUsersByEmails([input.admin.email])).length > 0) {
      throw new ConflictException(userMessage('user.emailTaken', { email: input.admin.email }));
    }
    const now = this.clock.now();
    const organization: Organization = {
      id: randomUUID(),
      name: input.name,
      slug,
      timezone: input.timezone ?? 'UTC',
      defaultLocale: input.defaultLocale ?? 'en',
      dailyShareLimit: 3,
      requiredDisclosure: null,
      disclosureMode: 'append',
      employeesSeeLeaderboard: true,
      createdAt: now,
      updatedAt: now,
    };
    const created = await this.transactions.run(async (manager) => {
      await this.repository.insertOrganization(manager, organization);
      await this.lifecycle.organizationCreated(manager, organization);
      return this.users.insertUser(manager, {
        organizationId: organization.id,
        email: input.admin.email,
        name: input.admin.name,
        roles: [Role.Admin, Role.Employee],
        teamIds: [],
        timezone: organization.timezone,
        locale: organization.defaultLocale,
      });
    });
    await this.users.afterCreate(created.user.id);
    return { organization, admin: created.user, inviteUrl: created.inviteUrl };
  }

  private async mustFind(id: string): Promise<Organization> {
    const organization = await this.repository.findOrganization(id);
    if (!organization) throw new NotFoundException(userMessage('organization.notFound'));
    return organization;
  }
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || `org-${randomUUID().slice(0, 8)}`;
}
