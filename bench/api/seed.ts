import 'reflect-metadata';
import { AppConfig, Clock } from '@chorus/config';
import { ComplianceModule, ComplianceService } from '@chorus/compliance';
import { ContentModule, ContentRepository, Post, PostsService } from '@chorus/content';
import { OutboxRelay, OutboxRepository, Transactions } from '@chorus/db';
import { GamificationModule } from '@chorus/gamification';
import { AuthUser, IdentityModule, Invite, Organization, OrganizationsService, PasswordHasher, Role, TeamsService, User, UsersService } from '@chorus/identity';
import { CoreModule } from '@chorus/platform';
import { PublishingModule } from '@chorus/publishing';
import { approvalHash, draftShare, Share, SHARE_PUBLISHED, sharePublishedEvent, SharesModule, SharesRepository, trackedLinkFor } from '@chorus/shares';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { random } from '../support/bulk-load';
import { DataSource, EntityManager } from 'typeorm';

/** The libs that write people, teams, posts, shares, points and the shares' engagement schedules. */
@Module({})
class ApiSeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiSeedModule,
      imports: [CoreModule.forRoot(config, { runMigrations: true }), IdentityModule, ContentModule, ComplianceModule, SharesModule, PublishingModule, GamificationModule],
    };
  }
}

export const BENCH_PASSWORD = 'bench-api-password';
/** People per team. */
const TEAM_SIZE = 50;
const POSTS_FOR_EVERYONE = 12;
const POSTS_FOR_TEAMS = 24;
/** Of the employees who are not signed in by the bench, this share has published 1–3 shares. */
const SHARER_FRACTION = 0.2;
/** Rows per bulk insert statement (well within PostgreSQL's and SQLite's parameter limits). */
const SHARE_CHUNK = 400;

export interface SeededOrganization {
  organizationId: string;
  employees: number;
  teams: number;
  posts: number;
  shares: number;
  /** The employees the bench signs in; each has shares in several states and points. */
  drivers: string[];
  seconds: { people: number; content: number; shares: number; points: number };
}

/**
 * Seeds one organisation of N employees for the API reads benchmark, with what Chorus's own
 * code writes: the organisation and its admin (OrganizationsService), teams (TeamsService),
 * employees with their memberships and invitations (UsersService.insertUsers), posts for
 * everyone and for teams (PostsService), and published shares whose `share.published` events
 * the outbox relay hands to their consumers, as the worker's relay tick does: points (ledger
 * entries, period totals, score counts, badges) and engagement tracking (each share's schedule
 * of reads; their connections do not exist, so a read that falls due is skipped).
 *
 * Two shortcuts keep 100,000 employees to minutes: every employee accepts their invitation with
 * the same password, so one argon2 hash is computed and written to all of them in one statement
 * (with the invitations spent, as accepting does); and the shares of the employees the bench
 * does not sign in are bulk-inserted rows of the shape the lifecycle leaves a published share
 * in, without their audit entries. The signed-in employees' shares go through every transition.
 */
export async function seedOrganization(config: AppConfig, employees: number, drivers: number): Promise<SeededOrganization> {
  const app = await NestFactory.createApplicationContext(ApiSeedModule.forRoot(config), { logger: false, abortOnError: false });
  try {
    return await new Seeder(app, config).seed(employees, drivers);
  } finally {
    await app.close();
  }
}

class Seeder {
  private readonly rand = random(14);
  private readonly clock: Clock;
  private readonly transactions: Transactions;

  constructor(
    private readonly app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    this.clock = app.get(Clock);
    this.transactions = app.get(Transactions);
  }

  async seed(employees: number, driverCount: number): Promise<SeededOrganization> {
    let mark = Date.now();
    const lap = () => {
      const seconds = (Date.now() - mark) / 1000;
      mark = Date.now();
      return seconds;
    };
    const organizations = this.app.get(OrganizationsService);
    const created = await organizations.create({ name: 'API bench', timezone: 'Asia/Jakarta', admin: { email: 'admin@api-bench.chorus', name: 'Bench Admin' } });
    const admin = actor(created.admin);
    await organizations.update(admin, { employeesSeeLeaderboard: true, requiredDisclosure: '#employee', disclosureMode: 'append' });
    const organization: Organization = { ...created.organization, employeesSeeLeaderboard: true, requiredDisclosure: '#employee', disclosureMode: 'append' };

    const teamCount = Math.max(1, Math.ceil(employees / TEAM_SIZE));
    const teams = this.app.get(TeamsService);
    const teamIds: string[] = [];
    for (let i = 0; i < teamCount; i++) teamIds.push((await teams.create(admin, { name: `Team ${i + 1}` })).id);

    const users = this.app.get(UsersService);
    const people = await this.transactions.run((manager) =>
      users.insertUsers(manager, [
        { organizationId: organization.id, email: 'curator@api-bench.chorus', name: 'Bench Curator', roles: [Role.Curator], teamIds: [], timezone: 'Asia/Jakarta', locale: 'en', mailInvite: false },
        ...Array.from({ length: employees }, (_, i) => ({
          organizationId: organization.id,
          email: `employee-${i + 1}@api-bench.chorus`,
          name: `Employee ${i + 1}`,
          roles: [Role.Employee],
          teamIds: [teamIds[i % teamCount]],
          timezone: 'Asia/Jakarta',
          locale: i % 3 === 0 ? 'id' : 'en',
          mailInvite: false,
        })),
      ]),
    );
    await this.acceptInvitations(organization.id);
    const [curator, ...staff] = people.map(({ user }) => user);
    const seconds = { people: lap(), content: 0, shares: 0, points: 0 };

    const posts = await this.posts(actor(curator), teamIds);
    seconds.content = lap();

    // The signed-in employees are spread over the organisation, so their teams differ.
    const step = Math.max(1, Math.floor(staff.length / driverCount));
    const driverUsers = Array.from({ length: Math.min(driverCount, staff.length) }, (_, i) => staff[i * step]);
    const driverIds = new Set(driverUsers.map((u) => u.id));
    const teamOf = (index: number) => teamIds[index % teamCount];
    const visibleTo = (teamId: string) => posts.filter((p) => p.targetsEveryone || p.teamIds.includes(teamId));
    let shares = 0;
    for (const user of driverUsers) shares += await this.driverShares(organization, user, visibleTo(teamOf(staff.indexOf(user))));
    shares += await this.bulkShares(
      organization,
      staff.flatMap((user, i) => (driverIds.has(user.id) || this.rand() >= SHARER_FRACTION ? [] : [{ user, posts: visibleTo(teamOf(i)) }])),
    );
    seconds.shares = lap();

    const relay = this.app.get(OutboxRelay);
    while ([...(await relay.run({ maxEvents: 500 })).values()].some((result) => result.delivered > 0));
    // What autovacuum would have done by the time an organisation has grown this large: without
    // statistics PostgreSQL plans the leaderboard's top as if the board had one row, and sorts
    // all of it on every read. SQLite keeps none unless asked, and Chorus never asks.
    if (this.transactions.isPostgres) await this.app.get(DataSource).query('ANALYZE');
    seconds.points = lap();
    return { organizationId: organization.id, employees, teams: teamCount, posts: posts.length, shares, drivers: driverUsers.map((u) => u.email), seconds };
  }

  /** What accepting an invitation writes (AuthService.acceptInvite), for every employee at once, with one hash of the shared password. */
  private async acceptInvitations(organizationId: string): Promise<void> {
    const passwordHash = await this.app.get(PasswordHasher).hash(BENCH_PASSWORD);
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      await manager.createQueryBuilder().update(Invite).set({ usedAt: now }).where('organizationId = :organizationId AND usedAt IS NULL', { organizationId }).execute();
      await manager.createQueryBuilder().update(User).set({ passwordHash, status: 'active', updatedAt: now }).where('organizationId = :organizationId', { organizationId }).execute();
    });
  }

  private async posts(curator: AuthUser, teamIds: string[]): Promise<(Post & { teamIds: string[] })[]> {
    const service = this.app.get(PostsService);
    const made: (Post & { teamIds: string[] })[] = [];
    for (let i = 0; i < POSTS_FOR_EVERYONE + POSTS_FOR_TEAMS; i++) {
      // Team posts each go to a few teams, spread so that every team sees some.
      const targets = i < POSTS_FOR_EVERYONE ? [] : [...new Set(Array.from({ length: 3 }, (_, k) => teamIds[((i - POSTS_FOR_EVERYONE) * 3 + k) % teamIds.length]))];
      const draft = await service.create(curator, {
        title: `Chorus news ${i + 1}: a new office, a product, a hire`,
        url: `https://example.com/news/${i + 1}?ref=newsroom`,
        description: 'What happened, in two sentences, for the card.',
        suggestedCommentary: `Proud of what we did this week (${i + 1}).`,
        hashtags: ['chorus', i % 2 === 0 ? 'news' : 'hiring'],
        teamIds: targets,
        featured: i === 0,
      });
      await service.publish(curator, draft.id);
      made.push({ ...(await this.app.get(ContentRepository).findPost(curator.organizationId, draft.id))!, teamIds: targets });
    }
    return made;
  }

  /** A signed-in employee's shares: most published through the whole lifecycle, a few scheduled, approved and drafts. */
  private async driverShares(organization: Organization, user: User, posts: Post[]): Promise<number> {
    const states = ['published', 'published', 'published', 'published', 'published', 'published', 'scheduled', 'approved', 'draft', 'draft'] as const;
    const repository = this.app.get(SharesRepository);
    const outbox = this.app.get(OutboxRepository);
    const compliance = this.app.get(ComplianceService);
    const connectionId = randomUUID();
    await this.transactions.run(async (manager) => {
      for (const [i, state] of states.entries()) {
        const post = posts[i % posts.length];
        const at = new Date(this.clock.now().getTime() - (states.length - i) * 3600_000);
        const commentary = `My own words on ${post.title}, number ${i + 1}.`;
        const finalText = compliance.finalText(organization, commentary).text;
        let share = await repository.createDraft(
          manager,
          draftShare({ id: randomUUID(), organizationId: organization.id, userId: user.id, postId: post.id, connectionId, network: 'linkedin', commentary, finalText, ...trackedLinkFor(this.config.appUrl, { url: post.url, title: post.title, campaignName: null }, 'linkedin'), title: post.title, description: post.description, at }),
          user.id,
        );
        if (state === 'draft') continue;
        const hash = approvalHash({ network: share.network, connectionId, text: finalText, link: share.link });
        share = await repository.transition(manager, share, { type: 'approve', needsReview: false }, { finalText, approvedAt: at, approvedHash: hash, approvedById: user.id, reviewNote: null }, { actorId: user.id, action: 'approve', at, detail: { approvedHash: hash } });
        if (state === 'approved') continue;
        const scheduledAt = state === 'scheduled' ? new Date(this.clock.now().getTime() + 7 * 24 * 3600_000) : new Date(at.getTime() + 60_000);
        share = await repository.transition(manager, share, 'schedule', { scheduledAt, slotted: false, lastError: null }, { actorId: user.id, at, detail: { scheduledAt: scheduledAt.toISOString(), slot: false, previous: null } });
        if (state === 'scheduled') continue;
        await this.publish(manager, repository, outbox, share, scheduledAt);
      }
    });
    return states.length;
  }

  /** The publisher's claim and confirmed publish, with its `share.published` event. */
  private async publish(manager: EntityManager, repository: SharesRepository, outbox: OutboxRepository, scheduled: Share, at: Date): Promise<void> {
    const attemptId = randomUUID();
    let share = await repository.transition(manager, scheduled, 'claim', { attemptId, leaseExpiresAt: new Date(at.getTime() + 120_000), attempts: 1, outcomeUnknown: false }, { actorId: null, at, detail: { attemptId, attempt: 1 } });
    const externalId = `urn:li:share:${randomUUID()}`;
    const publishedAt = new Date(at.getTime() + 2_000);
    share = await repository.transition(manager, share, 'publish_succeeded', { externalId, publishedAt, outcomeUnknown: false, leaseExpiresAt: null, lastError: null }, { actorId: null, at: publishedAt, detail: { externalId, how: 'posted' } });
    await outbox.append(manager, { type: SHARE_PUBLISHED, organizationId: share.organizationId, dedupeKey: share.id, payload: sharePublishedEvent(share), at: publishedAt });
  }

  /** 1–3 published shares for each of these employees, bulk-inserted with their `share.published` events. */
  private async bulkShares(organization: Organization, sharers: { user: User; posts: Post[] }[]): Promise<number> {
    const compliance = this.app.get(ComplianceService);
    const outbox = this.app.get(OutboxRepository);
    const rows: Share[] = [];
    const now = this.clock.now().getTime();
    for (const { user, posts } of sharers) {
      const connectionId = randomUUID();
      const count = 1 + Math.floor(this.rand() * 3);
      for (let k = 0; k < count; k++) {
        const post = posts[Math.floor(this.rand() * posts.length)];
        const commentary = `Sharing ${post.title} with my network.`;
        const finalText = compliance.finalText(organization, commentary).text;
        const approvedAt = new Date(now - Math.floor(this.rand() * 3 * 24 * 3600_000));
        const scheduledAt = new Date(approvedAt.getTime() + 60_000);
        const link = trackedLinkFor(this.config.appUrl, { url: post.url, title: post.title, campaignName: null }, 'linkedin');
        const draft = draftShare({ id: randomUUID(), organizationId: organization.id, userId: user.id, postId: post.id, connectionId, network: 'linkedin', commentary, finalText, ...link, title: post.title, description: post.description, at: approvedAt });
        rows.push({
          ...draft,
          status: 'published',
          approvedAt,
          approvedHash: approvalHash({ network: 'linkedin', connectionId, text: finalText, link: link.link }),
          approvedById: user.id,
          scheduledAt,
          attemptId: randomUUID(),
          attempts: 1,
          publishedAt: new Date(scheduledAt.getTime() + 2_000),
          externalId: `urn:li:share:${randomUUID()}`,
          updatedAt: new Date(scheduledAt.getTime() + 2_000),
        });
      }
    }
    for (let start = 0; start < rows.length; start += SHARE_CHUNK) {
      const chunk = rows.slice(start, start + SHARE_CHUNK);
      await this.transactions.run(async (manager) => {
        await manager.getRepository(Share).insert(chunk);
        await outbox.appendMany(
          manager,
          chunk.map((share) => ({ type: SHARE_PUBLISHED, organizationId: share.organizationId, dedupeKey: share.id, payload: sharePublishedEvent(share), at: share.publishedAt! })),
        );
      });
    }
    return rows.length;
  }
}

function actor(user: User): AuthUser {
  return { id: user.id, organizationId: user.organizationId, email: user.email, name: user.name, roles: user.roles };
}
