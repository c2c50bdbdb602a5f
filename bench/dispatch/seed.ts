import 'reflect-metadata';
import { AppConfig, Clock } from '@chorus/config';
import { ComplianceModule, ComplianceService } from '@chorus/compliance';
import { ContentModule, PostsService } from '@chorus/content';
import { Transactions } from '@chorus/db';
import { AuditTrail, AuthUser, IdentityModule, Organization, OrganizationsService, Role, UsersService } from '@chorus/identity';
import { CoreModule } from '@chorus/platform';
import { ConnectionsRepository, PublishingModule, SocialConnection, TokenCipher } from '@chorus/publishing';
import { approvalHash, draftShare, newTrackingCode, Share, SharesModule, SharesRepository, slugify, trackedUrl, withUtm } from '@chorus/shares';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** What the sandbox's `POST /__sandbox/tokens/issue` answered for one member. */
export interface IssuedToken {
  member: string;
  sub: string;
  access_token: string;
  expires_in: number;
  scope: string;
}

/** The libs whose services and repositories write what Chorus writes for people, content, connections and shares. */
@Module({})
class DispatchSeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DispatchSeedModule,
      imports: [CoreModule.forRoot(config, { runMigrations: true }), IdentityModule, ContentModule, ComplianceModule, SharesModule, PublishingModule],
    };
  }
}

/** Rows per transaction when scheduling, so a process on the same SQLite file gets the writer between them. */
const SCHEDULE_CHUNK = 500;

/**
 * Seeds one run's database through Chorus's own services and repositories: an organisation
 * (OrganizationsService, with the demo's disclosure), a curator and a published post
 * (PostsService), one employee per sandbox member (UsersService), a LinkedIn connection each
 * with the sandbox's token sealed by TokenCipher (ConnectionsRepository, AuditTrail, as
 * LinkedinConnectService stores it), and N shares created, approved with the approval hash of
 * their final text and, once the processes are up, scheduled (SharesRepository's createDraft
 * and transitions, each with its audit entry).
 */
export class DispatchSeed {
  private organization!: Organization;
  private approved: Share[] = [];
  private readonly memberOf = new Map<string, string>();

  private constructor(
    private readonly app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {}

  /** Runs the migrations on the run's fresh database. */
  static async open(config: AppConfig): Promise<DispatchSeed> {
    const app = await NestFactory.createApplicationContext(DispatchSeedModule.forRoot(config), { logger: false, abortOnError: false });
    return new DispatchSeed(app, config);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get organizationId(): string {
    return this.organization.id;
  }

  /** Everything but the schedule: afterwards N approved shares wait, none of them due. Returns how long the shares took. */
  async seed(tokens: readonly IssuedToken[], shares: number, label: string): Promise<{ sharesMs: number }> {
    const clock = this.app.get(Clock);
    const transactions = this.app.get(Transactions);
    const created = await this.app.get(OrganizationsService).create({ name: `Dispatch bench ${label}`, admin: { email: 'admin@bench.chorus', name: 'Bench Admin' } });
    const admin: AuthUser = { id: created.admin.id, organizationId: created.organization.id, email: created.admin.email, name: created.admin.name, roles: created.admin.roles };
    await this.app.get(OrganizationsService).update(admin, { requiredDisclosure: '#employee', disclosureMode: 'append' });
    this.organization = { ...created.organization, requiredDisclosure: '#employee', disclosureMode: 'append' };

    const users = this.app.get(UsersService);
    const people = await transactions.run((manager) =>
      users.insertUsers(manager, [
        { organizationId: this.organization.id, email: 'curator@bench.chorus', name: 'Bench Curator', roles: [Role.Curator], teamIds: [], timezone: 'UTC', locale: 'en', mailInvite: false },
        ...tokens.map((token, i) => ({ organizationId: this.organization.id, email: token.member, name: `Sandbox Member ${i + 1}`, roles: [Role.Employee], teamIds: [], timezone: 'Asia/Jakarta', locale: 'en', mailInvite: false })),
      ]),
    );
    const [curator, ...employees] = people.map(({ user }) => user);
    const curatorActor: AuthUser = { id: curator.id, organizationId: curator.organizationId, email: curator.email, name: curator.name, roles: curator.roles };
    const posts = this.app.get(PostsService);
    const draftPost = await posts.create(curatorActor, {
      title: 'Chorus opens its Surabaya office',
      url: 'https://example.com/news/surabaya?ref=newsroom',
      description: 'Forty new colleagues, and a view of the harbour.',
      suggestedCommentary: 'We opened our Surabaya office today.',
    });
    const post = await posts.publish(curatorActor, draftPost.id);

    const cipher = this.app.get(TokenCipher);
    const connectionsRepository = this.app.get(ConnectionsRepository);
    const audit = this.app.get(AuditTrail);
    const now = clock.now();
    const connections = await transactions.run(async (manager) => {
      const rows: SocialConnection[] = [];
      for (const [i, token] of tokens.entries()) {
        const employee = employees[i];
        const id = randomUUID();
        const access = cipher.seal(token.access_token, id);
        const connection: SocialConnection = {
          id,
          organizationId: employee.organizationId,
          userId: employee.id,
          network: 'linkedin',
          externalId: token.sub,
          displayName: employee.name,
          pictureUrl: null,
          status: 'active',
          keyId: access.keyId,
          accessTokenCiphertext: access.ciphertext,
          refreshTokenCiphertext: null,
          scopes: token.scope.split(/[\s,]+/).filter(Boolean).join(' '),
          expiresAt: new Date(now.getTime() + token.expires_in * 1000),
          refreshExpiresAt: null,
          expiryWarnedAt: null,
          createdAt: now,
          updatedAt: now,
        };
        await connectionsRepository.save(manager, connection);
        await audit.record(manager, { organizationId: connection.organizationId, actorId: connection.userId, action: 'connection.connected', targetType: 'connection', targetId: id, detail: { network: 'linkedin', account: connection.displayName, reconnected: false } });
        this.memberOf.set(id, token.member);
        rows.push(connection);
      }
      return rows;
    });

    const compliance = this.app.get(ComplianceService);
    const repository = this.app.get(SharesRepository);
    const started = Date.now();
    this.approved = await transactions.run(async (manager) => {
      const approved: Share[] = [];
      for (let i = 0; i < shares; i++) {
        const connection = connections[i % connections.length];
        const at = clock.now();
        // Little-text reserved characters and a hashtag, so what goes out is escaped as usual.
        const commentary = `Proud of the team (all ${connections.length} of us) opening in Surabaya: share ${i + 1} of ${label}. ${randomUUID()}`;
        const finalText = compliance.finalText(this.organization, commentary).text;
        const code = newTrackingCode();
        const link = trackedUrl(this.config.appUrl, code);
        const draft = draftShare({
          id: randomUUID(),
          organizationId: connection.organizationId,
          userId: connection.userId,
          postId: post.id,
          connectionId: connection.id,
          network: 'linkedin',
          commentary,
          finalText,
          link,
          trackingCode: code,
          destinationUrl: withUtm(post.url!, { source: 'linkedin', campaign: slugify(post.title), content: code }),
          title: post.title,
          description: post.description,
          at,
        });
        const share = await repository.createDraft(manager, draft, connection.userId);
        const hash = approvalHash({ network: share.network, connectionId: share.connectionId, text: finalText, link });
        approved.push(
          await repository.transition(
            manager,
            share,
            { type: 'approve', needsReview: false },
            { finalText, approvedAt: at, approvedHash: hash, approvedById: connection.userId, reviewNote: null },
            { actorId: connection.userId, action: 'approve', at, detail: { approvedHash: hash } },
          ),
        );
      }
      return approved;
    });
    const sharesMs = Date.now() - started;
    // Statistics for the rows just written, as autovacuum keeps them in a database that has been running: without them
    // PostgreSQL plans as if the tables were empty (e.g. a sequential scan of users for a few ids).
    if (this.dataSource.options.type === 'postgres') await this.dataSource.query('ANALYZE');
    return { sharesMs };
  }

  /** Schedules every approved share at `at`, as its owner would (`schedule`); every row is committed when this returns. */
  async scheduleAll(at: Date): Promise<void> {
    const clock = this.app.get(Clock);
    const transactions = this.app.get(Transactions);
    const repository = this.app.get(SharesRepository);
    for (let start = 0; start < this.approved.length; start += SCHEDULE_CHUNK) {
      await transactions.run(async (manager) => {
        for (const share of this.approved.slice(start, start + SCHEDULE_CHUNK)) {
          await repository.transition(manager, share, 'schedule', { scheduledAt: at, slotted: false, lastError: null }, {
            actorId: share.userId,
            at: clock.now(),
            detail: { scheduledAt: at.toISOString(), slot: false, previous: null },
          });
        }
      });
    }
  }

  /** How many of the run's shares are published. */
  publishedCount(): Promise<number> {
    return this.dataSource.getRepository(Share).countBy({ organizationId: this.organization.id, status: 'published' });
  }

  /**
   * How many `share_published` awards the published shares earn: one per member, post and
   * network (sharing the same post again earns nothing more), so fewer than the shares when a
   * member has several.
   */
  async pointsExpected(): Promise<number> {
    const published = await this.dataSource.getRepository(Share).find({ where: { organizationId: this.organization.id, status: 'published' }, select: { userId: true, postId: true, network: true } });
    return new Set(published.map((share) => `${share.userId} ${share.postId} ${share.network}`)).size;
  }

  /** How many `share_published` awards the run's shares have. */
  async pointedCount(): Promise<number> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'count')
      .from('point_events', 'point')
      .where(`"point"."organizationId" = :organizationId AND "point"."kind" = 'share_published'`, { organizationId: this.organization.id })
      .getRawOne<{ count: string | number }>();
    return Number(row?.count ?? 0);
  }

  /** For each share with its `share_published` points: when it was published and when the points were written. */
  async pointTimes(): Promise<{ publishedAt: Date; pointedAt: Date }[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('"share"."publishedAt"', 'publishedAt')
      .addSelect('"point"."createdAt"', 'pointedAt')
      .from('point_events', 'point')
      .innerJoin('shares', 'share', '"share"."id" = "point"."shareId"')
      .where(`"point"."organizationId" = :organizationId AND "point"."kind" = 'share_published'`, { organizationId: this.organization.id })
      .getRawMany<{ publishedAt: Date | string; pointedAt: Date | string }>();
    // PostgreSQL answers dates; SQLite the UTC text TypeORM stored.
    const date = (value: Date | string) => (value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`));
    return rows.map((row) => ({ publishedAt: date(row.publishedAt), pointedAt: date(row.pointedAt) }));
  }

  /** Every share of the run as it is now, with the email of the member it was for. */
  async shares(): Promise<(Share & { memberEmail: string })[]> {
    const rows = await this.dataSource.getRepository(Share).findBy({ organizationId: this.organization.id });
    return rows.map((row) => ({ ...row, memberEmail: this.memberOf.get(row.connectionId) ?? '' }));
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
