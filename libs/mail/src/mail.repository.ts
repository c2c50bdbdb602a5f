import { Organization, User } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { DigestRun, MailMessage, MailStatus, NotificationPreference } from './mail.entities';

/** A page of the sent-mail log, newest first. */
export interface MailPageQuery {
  limit: number;
  before: { createdAt: Date; id: string } | null;
}

/** Who a mail goes to, with what writing it needs. */
export interface MailRecipient {
  user: User;
  organizationName: string;
}

@Injectable()
export class MailRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the mail unless one with its dedupe key exists; true when written. */
  async insertNew(manager: EntityManager, mail: MailMessage): Promise<boolean> {
    await manager.createQueryBuilder().insert().into(MailMessage).values(mail).orIgnore().updateEntity(false).execute();
    const stored = await manager.getRepository(MailMessage).findOne({ where: { dedupeKey: mail.dedupeKey }, select: { id: true } });
    return stored?.id === mail.id;
  }

  find(id: string): Promise<MailMessage | null> {
    return this.dataSource.getRepository(MailMessage).findOneBy({ id });
  }

  async countAttempt(id: string): Promise<number> {
    await this.dataSource.createQueryBuilder().update(MailMessage).set({ attempts: () => '"attempts" + 1' }).where('"id" = :id', { id }).execute();
    return (await this.dataSource.getRepository(MailMessage).findOne({ where: { id }, select: { attempts: true } }))?.attempts ?? 0;
  }

  /** Moves a queued mail on; false when it was no longer queued (another try finished it first). */
  async finish(id: string, status: Exclude<MailStatus, 'queued'>, changes: Partial<Pick<MailMessage, 'sentAt' | 'lastError' | 'text' | 'html'>>): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(MailMessage)
      .set({ status, ...changes })
      .where('"id" = :id AND "status" = :queued', { id, queued: 'queued' })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async recordError(id: string, error: string): Promise<void> {
    await this.dataSource.getRepository(MailMessage).update({ id }, { lastError: error.slice(0, 500) });
  }

  /** Queued mails whose job was last queued before `before`: their worker died, or Redis lost the job. */
  async stale(before: Date, limit: number): Promise<Pick<MailMessage, 'id' | 'attempts'>[]> {
    return this.dataSource.getRepository(MailMessage).find({
      where: { status: 'queued', enqueuedAt: LessThan(before) },
      select: { id: true, attempts: true },
      order: { enqueuedAt: 'ASC' },
      take: limit,
    });
  }

  async markEnqueued(ids: string[], at: Date): Promise<void> {
    if (ids.length > 0) await this.dataSource.getRepository(MailMessage).update({ id: In(ids) }, { enqueuedAt: at });
  }

  page(organizationId: string, query: MailPageQuery): Promise<MailMessage[]> {
    const q = this.dataSource.getRepository(MailMessage).createQueryBuilder('m').where('m.organizationId = :organizationId', { organizationId });
    if (query.before) {
      q.andWhere('(m.createdAt < :at OR (m.createdAt = :at AND m.id < :id))', { at: query.before.createdAt, id: query.before.id });
    }
    return q.orderBy('m.createdAt', 'DESC').addOrderBy('m.id', 'DESC').take(query.limit).getMany();
  }

  findInOrganization(organizationId: string, id: string): Promise<MailMessage | null> {
    return this.dataSource.getRepository(MailMessage).findOneBy({ organizationId, id });
  }

  // Preferences

  preferenceOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<NotificationPreference | null> {
    return manager.getRepository(NotificationPreference).findOneBy({ userId });
  }

  async preferencesOf(userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, NotificationPreference>> {
    if (userIds.length === 0) return new Map();
    const rows = await manager.getRepository(NotificationPreference).findBy({ userId: In(userIds) });
    return new Map(rows.map((r) => [r.userId, r]));
  }

  async savePreference(preference: NotificationPreference, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(NotificationPreference).save(preference);
  }

  // Recipients

  async recipients(manager: EntityManager, userIds: string[]): Promise<Map<string, MailRecipient>> {
    if (userIds.length === 0) return new Map();
    const users = await manager.getRepository(User).findBy({ id: In(userIds) });
    const organizations = await manager.getRepository(Organization).findBy({ id: In([...new Set(users.map((u) => u.organizationId))]) });
    const names = new Map(organizations.map((o) => [o.id, o.name]));
    return new Map(users.map((user) => [user.id, { user, organizationName: names.get(user.organizationId) ?? 'Chorus' }]));
  }

  organizationName(manager: EntityManager, organizationId: string): Promise<string> {
    return manager
      .getRepository(Organization)
      .findOne({ where: { id: organizationId }, select: { name: true } })
      .then((o) => o?.name ?? 'Chorus');
  }

  /** Active people after `afterId` in id order, with their preferences: the digest tick's pages. */
  async activeUsersPage(afterId: string | null, limit: number): Promise<User[]> {
    const q = this.dataSource.getRepository(User).createQueryBuilder('u').where('u.status = :active', { active: 'active' });
    if (afterId) q.andWhere('u.id > :afterId', { afterId });
    return q.orderBy('u.id', 'ASC').take(limit).getMany();
  }

  // Digests

  async digestPeriodsTaken(userIds: string[], periods: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(DigestRun).find({ where: { userId: In(userIds), period: In(periods) }, select: { userId: true, period: true } });
    return new Set(rows.map((r) => `${r.userId}|${r.period}`));
  }

  async setDigestMail(manager: EntityManager, runId: string, mailId: string | null): Promise<void> {
    if (mailId) await manager.getRepository(DigestRun).update({ id: runId }, { mailId });
  }

  /** Claims a person's digest for a period; false when it was claimed already (another worker, a rerun). */
  async claimDigest(manager: EntityManager, run: DigestRun): Promise<boolean> {
    await manager.createQueryBuilder().insert().into(DigestRun).values(run).orIgnore().updateEntity(false).execute();
    const stored = await manager.getRepository(DigestRun).findOne({ where: { userId: run.userId, period: run.period }, select: { id: true } });
    return stored?.id === run.id;
  }
}
