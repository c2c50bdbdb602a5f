import { fieldProblem, userMessage } from '@chorus/messages';
import { AuditTrail } from './audit-trail';
import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { JobQueue } from '@chorus/jobs';
import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { CreateUserDto, UpdateMeDto, UpdateUserDto } from './dto/identity.dto';
import { CreatedUser, mapMe, mapUser, MeResponse, UserResponse } from './dto/identity-responses';
import { Invite, User } from './entities';
import { IdentityRepository } from './identity.repository';
import { requireRole } from './permissions';
import { AuthUser, Role } from './roles';
import { hashSecretToken, newSecretToken } from './secret-token';
import { IdentityLifecycle } from './identity-lifecycle';

export interface InsertedUser {
  user: User;
  inviteUrl: string;
  inviteExpiresAt: Date;
}

/** Rows per insert statement (well under SQLite's and PostgreSQL's limits on parameters). */
const INSERT_CHUNK = 25;

export interface NewUser {
  organizationId: string;
  email: string;
  name: string;
  roles: Role[];
  teamIds: string[];
  timezone: string;
  locale: string;
  /** False for accounts that get their password another way (the demo's): no invitation is mailed. */
  mailInvite?: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: IdentityRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly lifecycle: IdentityLifecycle,
    private readonly audit: AuditTrail,
  ) {}

  async getMe(actor: AuthUser): Promise<MeResponse> {
    const user = await this.mustFind(actor.organizationId, actor.id);
    const [teams, organization] = await Promise.all([this.repository.teamsOfUser(user.id), this.repository.findOrganization(user.organizationId)]);
    return mapMe(user, teams, organization!);
  }

  async updateMe(actor: AuthUser, dto: UpdateMeDto): Promise<MeResponse> {
    const user = await this.mustFind(actor.organizationId, actor.id);
    const changes: Partial<User> = { updatedAt: this.clock.now() };
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.timezone !== undefined) changes.timezone = dto.timezone;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (dto.leaderboardOptOut !== undefined) changes.leaderboardOptOut = dto.leaderboardOptOut;
    if (dto.weeklySlots !== undefined) {
      const seen = new Set<string>();
      for (const slot of dto.weeklySlots) {
        const key = `${slot.weekday} ${slot.time}`;
        if (seen.has(key)) throw new BadRequestException(fieldProblem('weeklySlots', 'user.weeklySlotTwice', { weekday: slot.weekday, time: slot.time }));
        seen.add(key);
      }
      changes.weeklySlots = dto.weeklySlots.map((s) => ({ weekday: s.weekday, time: s.time }));
    }
    await this.transactions.run(async (m) => {
      await this.repository.updateUser(m, user.id, changes);
      await this.lifecycle.userUpdated(m, { ...user, ...changes });
    });
    return this.getMe(actor);
  }

  async list(actor: AuthUser): Promise<UserResponse[]> {
    requireRole(actor, [Role.Admin, Role.Manager], 'action.listUsers');
    const users = await this.repository.listUsers(actor.organizationId);
    const teams = await this.repository.teamsOfUsers(users.map((u) => u.id));
    return users.map((u) => mapUser(u, teams.get(u.id) ?? []));
  }

  async get(actor: AuthUser, id: string): Promise<UserResponse> {
    requireRole(actor, [Role.Admin, Role.Manager], 'action.lookUpUsers');
    const user = await this.mustFind(actor.organizationId, id);
    return mapUser(user, await this.repository.teamsOfUser(user.id));
  }

  async create(actor: AuthUser, dto: CreateUserDto): Promise<CreatedUser> {
    requireRole(actor, [Role.Admin], 'action.createUsers');
    const organization = await this.repository.findOrganization(actor.organizationId);
    const teamIds = dto.teamIds ?? [];
    const created = await this.transactions.run(async (manager) => {
      await this.assertTeamsExist(manager, actor.organizationId, teamIds);
      if ((await this.repository.findUsersByEmails([dto.email], manager)).length > 0) {
        throw new ConflictException(userMessage('user.emailTaken', { email: dto.email }));
      }
      const inserted = await this.insertUser(manager, {
        organizationId: actor.organizationId,
        email: dto.email,
        name: dto.name,
        roles: dto.roles.length > 0 ? dto.roles : [Role.Employee],
        teamIds,
        timezone: dto.timezone ?? organization?.timezone ?? 'UTC',
        locale: dto.locale ?? organization?.defaultLocale ?? 'en',
      });
      await this.audit.record(manager, { organizationId: actor.organizationId, actorId: actor.id, action: 'user.invited', targetType: 'user', targetId: inserted.user.id, detail: { email: dto.email, roles: inserted.user.roles } });
      return inserted;
    });
    await this.afterCreate(created.user.id);
    return {
      user: mapUser(created.user, await this.repository.teamsOfUser(created.user.id)),
      inviteUrl: created.inviteUrl,
      inviteExpiresAt: created.inviteExpiresAt.toISOString(),
    };
  }

  /** Inserts a user, their memberships and a one-time invite, inside the caller's transaction. */
  async insertUser(manager: EntityManager, input: NewUser): Promise<InsertedUser> {
    const [inserted] = await this.insertUsers(manager, [input]);
    return inserted;
  }

  /**
   * Inserts many users like `insertUser`, a chunk of rows per statement. The event loop gets a
   * turn between chunks, so a large import does not hold up other requests while it writes.
   */
  async insertUsers(manager: EntityManager, inputs: readonly NewUser[]): Promise<InsertedUser[]> {
    const now = this.clock.now();
    const inserted: InsertedUser[] = [];
    for (let start = 0; start < inputs.length; start += INSERT_CHUNK) {
      if (start > 0) await nextTurn();
      const chunk = inputs.slice(start, start + INSERT_CHUNK);
      const users = chunk.map((input) => this.newUser(input, now));
      const invites = users.map((user) => this.newInvite(user, now));
      await this.repository.insertUsers(manager, users);
      await this.repository.addMemberships(
        manager,
        chunk.flatMap((input, i) => input.teamIds.map((teamId) => ({ teamId, userId: users[i].id, organizationId: users[i].organizationId }))),
      );
      await this.repository.insertInvites(manager, invites.map((invite) => invite.row));
      await this.lifecycle.invited(
        manager,
        users.flatMap((user, i) => (chunk[i].mailInvite === false ? [] : [{ user, url: invites[i].url, expiresAt: invites[i].row.expiresAt, id: invites[i].row.id }])),
      );
      users.forEach((user, i) => inserted.push({ user, inviteUrl: invites[i].url, inviteExpiresAt: invites[i].row.expiresAt }));
    }
    return inserted;
  }

  /** Work that follows a committed user creation. */
  async afterCreate(userId: string): Promise<void> {
    const user = await this.repository.findUserById(userId);
    if (user) await this.welcome([user]);
  }

  /** `afterCreate` for many committed users at once, a batch of jobs per turn of the event loop. */
  async afterCreateAll(users: readonly Pick<User, 'id' | 'organizationId'>[]): Promise<void> {
    for (let start = 0; start < users.length; start += INSERT_CHUNK) {
      if (start > 0) await nextTurn();
      await this.welcome(users.slice(start, start + INSERT_CHUNK));
    }
  }

  async update(actor: AuthUser, id: string, dto: UpdateUserDto): Promise<UserResponse> {
    requireRole(actor, [Role.Admin], 'action.changeUsers');
    const user = await this.mustFind(actor.organizationId, id);
    if (dto.roles && user.id === actor.id && !dto.roles.includes(Role.Admin)) {
      throw new BadRequestException(fieldProblem('roles', 'user.ownAdminRole'));
    }
    await this.transactions.run(async (manager) => {
      const changes: Partial<User> = { updatedAt: this.clock.now() };
      if (dto.name !== undefined) changes.name = dto.name;
      if (dto.roles !== undefined) changes.roles = dto.roles.length > 0 ? dto.roles : [Role.Employee];
      if (dto.leaderboardExcluded !== undefined) changes.leaderboardExcluded = dto.leaderboardExcluded;
      await this.repository.updateUser(manager, user.id, changes);
      await this.lifecycle.userUpdated(manager, { ...user, ...changes });
      const rolesChanged = changes.roles !== undefined && [...changes.roles].sort().join() !== [...user.roles].sort().join();
      const changed = Object.keys(dto).filter((key) => (dto as Record<string, unknown>)[key] !== undefined);
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorId: actor.id,
        action: rolesChanged ? 'user.rolesChanged' : 'user.updated',
        targetType: 'user',
        targetId: user.id,
        detail: rolesChanged ? { fromRoles: user.roles, toRoles: changes.roles, changed } : { changed },
      });
      if (dto.teamIds !== undefined) {
        await this.assertTeamsExist(manager, actor.organizationId, dto.teamIds);
        await this.repository.replaceMemberships(manager, user, dto.teamIds);
      }
    });
    return this.get(actor, id);
  }

  /** Offboarding: no more sign-in, connections revoked and pending shares cancelled, history kept. */
  async deactivate(actor: AuthUser, id: string): Promise<UserResponse> {
    requireRole(actor, [Role.Admin], 'action.deactivateUsers');
    const user = await this.mustFind(actor.organizationId, id);
    if (user.id === actor.id) throw new BadRequestException(userMessage('user.deactivateSelf'));
    if (user.status !== 'deactivated') {
      const now = this.clock.now();
      await this.transactions.run(async (manager) => {
        await this.repository.updateUser(manager, user.id, { status: 'deactivated', deactivatedAt: now, updatedAt: now });
        await this.repository.revokeSessionsOfUser(user.id, now, manager);
        await this.lifecycle.deactivated(manager, user, now);
        await this.audit.record(manager, { organizationId: actor.organizationId, actorId: actor.id, action: 'user.deactivated', targetType: 'user', targetId: user.id, detail: { email: user.email } });
      });
    }
    return this.get(actor, id);
  }

  /** A fresh one-time link for a user who lost theirs (earlier links stop working). */
  async reinvite(actor: AuthUser, id: string): Promise<CreatedUser> {
    requireRole(actor, [Role.Admin], 'action.sendInvites');
    const user = await this.mustFind(actor.organizationId, id);
    if (user.status === 'deactivated') throw new BadRequestException(userMessage('user.deactivatedNoInvite'));
    const { url, expiresAt } = await this.transactions.run(async (manager) => {
      const now = this.clock.now();
      await this.repository.endInvitesOfUser(manager, id, now);
      await this.audit.record(manager, { organizationId: actor.organizationId, actorId: actor.id, action: 'user.invited', targetType: 'user', targetId: user.id, detail: { email: user.email, again: true } });
      return this.insertInvite(manager, user, now);
    });
    return { user: mapUser(user, await this.repository.teamsOfUser(user.id)), inviteUrl: url, inviteExpiresAt: expiresAt.toISOString() };
  }

  private async insertInvite(manager: EntityManager, user: User, now: Date): Promise<{ url: string; expiresAt: Date }> {
    const invite = this.newInvite(user, now);
    await this.repository.insertInvite(manager, invite.row);
    await this.lifecycle.invited(manager, [{ user, url: invite.url, expiresAt: invite.row.expiresAt, id: invite.row.id }]);
    return { url: invite.url, expiresAt: invite.row.expiresAt };
  }

  private newUser(input: NewUser, now: Date): User {
    return {
      id: randomUUID(),
      organizationId: input.organizationId,
      email: input.email.toLowerCase(),
      name: input.name,
      passwordHash: null,
      roles: input.roles,
      status: 'invited',
      timezone: input.timezone,
      locale: input.locale,
      leaderboardOptOut: false,
      leaderboardExcluded: false,
      weeklySlots: [],
      lastSignInAt: null,
      deactivatedAt: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  /**
   * Invite tokens are 256 random bits, so a plain SHA-256 of them cannot be guessed back; only
   * passwords, which people choose, need argon2's deliberate slowness.
   */
  private newInvite(user: User, now: Date): { row: Invite; url: string } {
    const token = newSecretToken();
    const row: Invite = {
      id: randomUUID(),
      organizationId: user.organizationId,
      userId: user.id,
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(now.getTime() + this.config.auth.inviteTtlHours * 3600 * 1000),
      usedAt: null,
      createdAt: now,
    };
    return { row, url: `${this.config.appUrl}/invite?token=${token}` };
  }

  private async welcome(users: readonly Pick<User, 'id' | 'organizationId'>[]): Promise<void> {
    await Promise.all(
      users.map((user) => this.jobs.add('notifications.welcome', { organizationId: user.organizationId, userId: user.id }, { jobId: `welcome-${user.id}` })),
    );
  }

  private async assertTeamsExist(manager: EntityManager, organizationId: string, teamIds: string[]): Promise<void> {
    const found = await this.repository.findTeamsInOrganization(organizationId, teamIds, manager);
    const missing = teamIds.filter((id) => !found.some((t) => t.id === id));
    if (missing.length > 0) throw new BadRequestException(fieldProblem('teamIds', 'team.unknownIds', { ids: missing.join(', ') }));
  }

  private async mustFind(organizationId: string, id: string): Promise<User> {
    const user = await this.repository.findUserInOrganization(organizationId, id);
    if (!user) throw new NotFoundException(userMessage('user.notFound'));
    return user;
  }
}
