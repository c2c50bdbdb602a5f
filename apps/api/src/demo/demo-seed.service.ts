import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { PoliciesService } from '@chorus/compliance';
import { ContentRepository } from '@chorus/content';
import { Contest, ContestsRepository, DEFAULT_POINTS_RULES, localDate, monthKey, periodRange, RewardsRepository } from '@chorus/gamification';
import { IdentityLifecycle, IdentityRepository, Organization, PasswordHasher, Role, Team, UsersService } from '@chorus/identity';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DEMO_CONTEST, DEMO_POLICY, DEMO_POSTS, DEMO_REWARDS, demoPostRow } from './demo-content';
import { DemoHistoryCounts, DemoHistoryService } from './demo-history.service';

export const DEMO_PASSWORD = 'chorus-demo';
export const DEMO_SLUG = 'demo';

interface DemoUser {
  email: string;
  name: string;
  roles: Role[];
  teams: string[];
  locale: string;
}

/** The demo organisation's users, as the README lists them. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.chorus', name: 'Ayu Admin', roles: [Role.Admin, Role.Reviewer], teams: [], locale: 'en' },
  { email: 'curator@demo.chorus', name: 'Candra Curator', roles: [Role.Curator], teams: [], locale: 'en' },
  { email: 'manager@demo.chorus', name: 'Maya Manager', roles: [Role.Manager, Role.Employee], teams: ['Sales'], locale: 'en' },
  { email: 'ana@demo.chorus', name: 'Ana Wijaya', roles: [Role.Employee], teams: ['Sales'], locale: 'en' },
  { email: 'budi@demo.chorus', name: 'Budi Santoso', roles: [Role.Employee], teams: ['Sales'], locale: 'id' },
  { email: 'citra@demo.chorus', name: 'Citra Lestari', roles: [Role.Employee], teams: ['Engineering'], locale: 'id' },
];

/**
 * Seeds the demo organisation on first start of embedded mode (unless SEED_DEMO=false),
 * so a new user can sign in at once, with four weeks of sample history (unless
 * SEED_DEMO_HISTORY=false) so that results, points and leaderboards have something to show.
 * Skipped when it exists already.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: IdentityRepository,
    private readonly transactions: Transactions,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly lifecycle: IdentityLifecycle,
    private readonly policies: PoliciesService,
    private readonly content: ContentRepository,
    private readonly contests: ContestsRepository,
    private readonly rewards: RewardsRepository,
    private readonly history: DemoHistoryService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemo) await this.seed();
  }

  async seed(): Promise<boolean> {
    if (await this.repository.findOrganizationBySlug(DEMO_SLUG)) return false;
    const now = this.clock.now();
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const organization: Organization = {
      id: randomUUID(),
      name: 'Demo',
      slug: DEMO_SLUG,
      timezone: 'Asia/Jakarta',
      defaultLocale: 'en',
      dailyShareLimit: 3,
      requiredDisclosure: '#employee',
      disclosureMode: 'append',
      employeesSeeLeaderboard: true,
      createdAt: now,
      updatedAt: now,
    };
    const seeded = await this.transactions.run(async (manager): Promise<DemoHistoryCounts | null> => {
      let curatorId = '';
      const userIds = new Map<string, string>();
      await this.repository.insertOrganization(manager, organization);
      await this.lifecycle.organizationCreated(manager, organization);
      const teams = new Map<string, Team>();
      for (const name of ['Sales', 'Engineering', 'Marketing']) {
        const team: Team = { id: randomUUID(), organizationId: organization.id, name, managerId: null, createdAt: now };
        await this.repository.insertTeam(manager, team);
        teams.set(name, team);
      }
      for (const demo of DEMO_USERS) {
        const { user } = await this.users.insertUser(manager, {
          organizationId: organization.id,
          email: demo.email,
          name: demo.name,
          roles: demo.roles,
          teamIds: demo.teams.map((name) => teams.get(name)!.id),
          timezone: organization.timezone,
          locale: demo.locale,
          mailInvite: false,
        });
        await this.repository.updateUser(manager, user.id, { passwordHash, status: 'active' });
        userIds.set(demo.email.split('@')[0], user.id);
        if (demo.roles.includes(Role.Manager)) {
          for (const name of demo.teams) await this.repository.updateTeam(manager, teams.get(name)!.id, { managerId: user.id });
        }
        if (demo.roles.includes(Role.Curator)) curatorId = user.id;
      }
      await this.policies.insertVersion(manager, organization.id, DEMO_POLICY, null);
      for (const [index, demo] of DEMO_POSTS.entries()) {
        // A minute apart, so the feed's order is the list's order.
        const publishedAt = new Date(now.getTime() - index * 60_000);
        const post = demoPostRow(demo, { organizationId: organization.id, campaignId: null, createdById: curatorId, publishedAt });
        await this.content.insertPost(manager, post);
        if (demo.team) await this.content.replaceTargets(manager, post, [teams.get(demo.team)!.id]);
      }
      for (const demo of DEMO_REWARDS) {
        await this.rewards.insertReward(manager, { id: randomUUID(), organizationId: organization.id, ...demo, active: true, createdAt: now, updatedAt: now });
      }
      await this.contests.insertContest(manager, this.monthlyContest(organization, now));
      if (!this.config.seedDemoHistory) return null;
      return this.history.seed(manager, { organization, teams, users: userIds, curatorId, now });
    });
    const history = seeded
      ? ` It has four weeks of sample history (${seeded.shares} shares, ${seeded.clicks} clicks, ${seeded.conversions} conversions; SEED_DEMO_HISTORY=false seeds none).`
      : '';
    this.logger.log(`Seeded the demo organisation: sign in as ana@demo.chorus (or admin@, curator@, manager@) with password "${DEMO_PASSWORD}".${history}`);
    return true;
  }

  /**
   * This month's contest, so the demo has something running. Its points come from shares:
   * the sample history's, awarded by the points consumers as for any share, and then real ones.
   */
  private monthlyContest(organization: Organization, now: Date): Contest {
    const key = monthKey(now, organization.timezone);
    const { startsAt, endsAt } = periodRange('month', key, organization.timezone)!;
    return {
      id: randomUUID(),
      organizationId: organization.id,
      name: `${DEMO_CONTEST.name} — ${key}`,
      description: DEMO_CONTEST.description,
      startsOn: localDate(startsAt, organization.timezone),
      endsOn: localDate(new Date(endsAt.getTime() - 1), organization.timezone),
      timezone: organization.timezone,
      startsAt,
      endsAt,
      scope: 'organization',
      teamId: null,
      minPoints: DEMO_CONTEST.minPoints,
      prizes: DEMO_CONTEST.prizes.map((title, index) => ({ rank: index + 1, title, points: DEFAULT_POINTS_RULES.contestPrizePoints[index] ?? 0 })),
      status: 'open',
      results: null,
      closedAt: null,
      // Seeded, not started by anyone: nobody is told it began.
      startAnnouncedAt: now,
      createdById: null,
      createdAt: now,
    };
  }
}
