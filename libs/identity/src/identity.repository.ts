import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { AuditEvent, Invite, Organization, PasswordReset, RefreshSession, Team, TeamMembership, User } from './entities';

/** Identity's queries, named by intent. Every read that takes an id is tenant-scoped. */
@Injectable()
export class IdentityRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findUserByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ email: email.toLowerCase() });
  }

  findUserById(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  /**
   * The user, only while the sign-in `familyId` still has an unrevoked refresh session:
   * one statement, the primary key and the family index.
   */
  findUserWithLiveSession(userId: string, familyId: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .where('user.id = :userId', { userId })
      .andWhere((qb) => {
        const live = qb
          .subQuery()
          .select('1')
          .from(RefreshSession, 'session')
          .where('session.familyId = :familyId AND session.revokedAt IS NULL AND session.userId = user.id', { familyId })
          .getQuery();
        return `EXISTS ${live}`;
      })
      .getOne();
  }

  findUserInOrganization(organizationId: string, id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ organizationId, id });
  }

  findUsersByEmails(emails: string[], manager?: EntityManager): Promise<User[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return this.manager(manager).getRepository(User).findBy({ email: In(emails.map((e) => e.toLowerCase())) });
  }

  /** Names of the organisation's users among these ids (others are left out). */
  findUsersInOrganization(organizationId: string, ids: string[]): Promise<Pick<User, 'id' | 'name'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(User).find({ select: { id: true, name: true }, where: { organizationId, id: In(ids) } });
  }

  listUsers(organizationId: string): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ where: { organizationId }, order: { name: 'ASC' } });
  }

  /** One page of an organisation's users in email order, after `afterEmail` (keyset paging). */
  usersForExport(organizationId: string, afterEmail: string | null, limit: number): Promise<User[]> {
    return this.dataSource.getRepository(User).find({
      where: { organizationId, ...(afterEmail === null ? {} : { email: MoreThan(afterEmail) }) },
      order: { email: 'ASC' },
      take: limit,
    });
  }

  findOrganization(id: string): Promise<Organization | null> {
    return this.dataSource.getRepository(Organization).findOneBy({ id });
  }

  findOrganizationBySlug(slug: string): Promise<Organization | null> {
    return this.dataSource.getRepository(Organization).findOneBy({ slug });
  }

  listTeams(organizationId: string): Promise<Team[]> {
    return this.dataSource.getRepository(Team).find({ where: { organizationId }, order: { name: 'ASC' } });
  }

  findTeamsInOrganization(organizationId: string, ids: string[], manager?: EntityManager): Promise<Team[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager(manager).getRepository(Team).findBy({ organizationId, id: In(ids) });
  }

  findTeamInOrganization(organizationId: string, id: string): Promise<Team | null> {
    return this.dataSource.getRepository(Team).findOneBy({ organizationId, id });
  }

  teamsOfUser(userId: string): Promise<Team[]> {
    return this.dataSource
      .getRepository(Team)
      .createQueryBuilder('team')
      .innerJoin(TeamMembership, 'membership', 'membership.teamId = team.id')
      .where('membership.userId = :userId', { userId })
      .orderBy('team.name', 'ASC')
      .getMany();
  }

  async teamsOfUsers(userIds: string[]): Promise<Map<string, Team[]>> {
    const byUser = new Map<string, Team[]>();
    if (userIds.length === 0) return byUser;
    const rows = await this.dataSource
      .getRepository(TeamMembership)
      .find({ where: { userId: In(userIds) }, relations: { team: true } });
    for (const row of rows) {
      const list = byUser.get(row.userId) ?? [];
      if (row.team) list.push(row.team);
      byUser.set(row.userId, list);
    }
    return byUser;
  }

  memberIdsOfTeam(teamId: string): Promise<string[]> {
    return this.dataSource
      .getRepository(TeamMembership)
      .find({ where: { teamId }, select: { userId: true } })
      .then((rows) => rows.map((r) => r.userId));
  }

  async replaceMemberships(manager: EntityManager, user: User, teamIds: string[]): Promise<void> {
    await manager.getRepository(TeamMembership).delete({ userId: user.id });
    if (teamIds.length === 0) return;
    await manager
      .getRepository(TeamMembership)
      .insert(teamIds.map((teamId) => ({ teamId, userId: user.id, organizationId: user.organizationId })));
  }

  /** Memberships of users created just now (nothing to replace), in the caller's transaction. */
  async addMemberships(manager: EntityManager, memberships: readonly Pick<TeamMembership, 'teamId' | 'userId' | 'organizationId'>[]): Promise<void> {
    for (let start = 0; start < memberships.length; start += 1000) {
      await manager.createQueryBuilder().insert().into(TeamMembership).values(memberships.slice(start, start + 1000)).updateEntity(false).execute();
    }
  }

  findInviteByTokenHash(tokenHash: string): Promise<Invite | null> {
    return this.dataSource.getRepository(Invite).findOneBy({ tokenHash });
  }

  findRefreshSession(id: string): Promise<RefreshSession | null> {
    return this.dataSource.getRepository(RefreshSession).findOneBy({ id });
  }

  async revokeSessionsOfUser(userId: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.manager(manager)
      .getRepository(RefreshSession)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: at })
      .where('userId = :userId AND revokedAt IS NULL', { userId })
      .execute();
  }

  /** How many resets were asked for this user since `since` (a quiet cap on mails to one address). */
  countPasswordResetsSince(userId: string, since: Date): Promise<number> {
    return this.dataSource.getRepository(PasswordReset).createQueryBuilder('r').where('r.userId = :userId AND r.createdAt >= :since', { userId, since }).getCount();
  }

  /** Stores a new reset link and ends the user's earlier unused ones, in the caller's transaction. */
  async replacePasswordReset(manager: EntityManager, reset: PasswordReset): Promise<void> {
    await manager.createQueryBuilder().update(PasswordReset).set({ usedAt: reset.createdAt }).where('"userId" = :userId AND "usedAt" IS NULL', { userId: reset.userId }).execute();
    await manager.getRepository(PasswordReset).insert(reset);
  }

  findPasswordResetByTokenHash(tokenHash: string): Promise<PasswordReset | null> {
    return this.dataSource.getRepository(PasswordReset).findOneBy({ tokenHash });
  }

  /** Spends the link once: false when it was used (or ended) meanwhile, as when two requests race. */
  async spendPasswordReset(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const spent = await manager.createQueryBuilder().update(PasswordReset).set({ usedAt: at }).where('"id" = :id AND "usedAt" IS NULL', { id }).execute();
    return (spent.affected ?? 0) > 0;
  }

  async setPassword(manager: EntityManager, userId: string, passwordHash: string, at: Date): Promise<void> {
    await manager.getRepository(User).update({ id: userId }, { passwordHash, updatedAt: at });
  }

  async updateUser(manager: EntityManager, id: string, changes: Partial<User>): Promise<void> {
    await manager.getRepository(User).update({ id }, changes);
  }

  /** Many new users in one statement; updateEntity(false) because after a multi-row insert TypeORM re-reads
   * the rows' defaults on SQLite and merges them back by position, not by id, which would swap the objects' ids. */
  async insertUsers(manager: EntityManager, users: readonly User[]): Promise<void> {
    await manager.createQueryBuilder().insert().into(User).values(users as User[]).updateEntity(false).execute();
  }

  async insertOrganization(manager: EntityManager, organization: Organization): Promise<void> {
    await manager.getRepository(Organization).insert(organization);
  }

  async updateOrganization(manager: EntityManager, id: string, changes: Partial<Organization>): Promise<void> {
    await manager.getRepository(Organization).update({ id }, changes);
  }

  async insertTeam(manager: EntityManager, team: Team): Promise<void> {
    await manager.getRepository(Team).insert(team);
  }

  /** Teams created just now (an import's), 500 rows per statement, in the caller's transaction. */
  async insertTeams(manager: EntityManager, teams: readonly Team[]): Promise<void> {
    for (let start = 0; start < teams.length; start += 500) {
      await manager.createQueryBuilder().insert().into(Team).values(teams.slice(start, start + 500)).updateEntity(false).execute();
    }
  }

  async updateTeam(manager: EntityManager, id: string, changes: Partial<Pick<Team, 'name' | 'managerId'>>): Promise<void> {
    await manager.getRepository(Team).update({ id }, changes);
  }

  async insertInvite(manager: EntityManager, invite: Invite): Promise<void> {
    await manager.getRepository(Invite).insert(invite);
  }

  async insertInvites(manager: EntityManager, invites: readonly Invite[]): Promise<void> {
    await manager.createQueryBuilder().insert().into(Invite).values(invites as Invite[]).updateEntity(false).execute();
  }

  /** Uses the invite once: false when it was used meanwhile, as when two requests race. */
  async spendInvite(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const used = await manager.getRepository(Invite).createQueryBuilder().update().set({ usedAt: at }).where('id = :id AND usedAt IS NULL', { id }).execute();
    return Boolean(used.affected);
  }

  /** Ends the user's unused invite links (before a fresh one is sent). */
  async endInvitesOfUser(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.getRepository(Invite).createQueryBuilder().update().set({ usedAt: at }).where('userId = :id AND usedAt IS NULL', { id: userId }).execute();
  }

  /** One admin or security action (reads are in the shares lib's audit log, beside share transitions). */
  async insertAuditEvent(manager: EntityManager | null, event: AuditEvent): Promise<void> {
    // `as never`: TypeORM's deep-partial type cannot express a free-form JSON column.
    await this.manager(manager ?? undefined).createQueryBuilder().insert().into(AuditEvent).values(event as never).execute();
  }

  async insertRefreshSession(manager: EntityManager, session: RefreshSession): Promise<void> {
    await manager.getRepository(RefreshSession).insert(session);
  }

  async revokeRefreshSession(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(RefreshSession).update({ id }, { revokedAt: at });
  }
}
