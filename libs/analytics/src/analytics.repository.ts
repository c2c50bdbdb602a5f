import { Post } from '@chorus/content';
import { User } from '@chorus/identity';
import { EARNING_KINDS, PointEvent } from '@chorus/gamification';
import { EngagementSnapshot } from '@chorus/publishing';
import { LinkClick, Share } from '@chorus/shares';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { AnalyticsSettings, ApiKey, Conversion } from './analytics.entities';
import { Snapshot } from './measures';

/** Which shares a figure covers: the organisation's, narrowed to a team's members, a campaign, a post or one person. */
export interface Scope {
  organizationId: string;
  teamId?: string;
  campaignId?: string;
  postId?: string;
  userId?: string;
}

export interface ScopedShare {
  id: string;
  userId: string;
  postId: string;
  publishedAt: Date;
  /** The demo organisation's sample history, not a real post. */
  demo: boolean;
}

/** Results' queries, named by intent. Every one is scoped to an organisation. */
@Injectable()
export class AnalyticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Narrows a query with a `share` alias to the scope. */
  scoped<T extends object>(query: SelectQueryBuilder<T>, scope: Scope): SelectQueryBuilder<T> {
    query.andWhere('share.organizationId = :organizationId', { organizationId: scope.organizationId });
    if (scope.userId) query.andWhere('share.userId = :userId', { userId: scope.userId });
    if (scope.postId) query.andWhere('share.postId = :postId', { postId: scope.postId });
    if (scope.campaignId) query.andWhere('share.postId IN (SELECT p.id FROM posts p WHERE p."campaignId" = :campaignId)', { campaignId: scope.campaignId });
    if (scope.teamId) query.andWhere('share.userId IN (SELECT tm."userId" FROM team_memberships tm WHERE tm."teamId" = :teamId)', { teamId: scope.teamId });
    return query;
  }

  /** Published shares in scope, published before `before` (their clicks and engagement may fall in the range). */
  async publishedShares(scope: Scope, before: Date): Promise<ScopedShare[]> {
    const rows = await this.scoped(this.dataSource.getRepository(Share).createQueryBuilder('share'), scope)
      .select(['share.id', 'share.userId', 'share.postId', 'share.publishedAt', 'share.demo'])
      .andWhere("share.status = 'published'")
      .andWhere('share.publishedAt < :before', { before })
      .getMany();
    return rows.map((s) => ({ id: s.id, userId: s.userId, postId: s.postId, publishedAt: s.publishedAt!, demo: s.demo }));
  }

  /** Counted clicks in [start, end) on shares in scope. */
  async clicks(scope: Scope, start: Date, end: Date): Promise<{ shareId: string; clickedAt: Date }[]> {
    const query = this.dataSource
      .getRepository(LinkClick)
      .createQueryBuilder('click')
      .innerJoin(Share, 'share', 'share.id = click.shareId')
      .select(['click.shareId', 'click.clickedAt'])
      .where('click.organizationId = :organizationId', { organizationId: scope.organizationId })
      .andWhere('click.clickedAt >= :start AND click.clickedAt < :end', { start, end });
    return (await this.scoped(query, scope).getMany()).map((c) => ({ shareId: c.shareId, clickedAt: c.clickedAt }));
  }

  /** Conversions reported in [start, end) for shares in scope. */
  async conversions(scope: Scope, start: Date, end: Date): Promise<Pick<Conversion, 'shareId' | 'kind' | 'valueMinor' | 'createdAt'>[]> {
    const query = this.dataSource
      .getRepository(Conversion)
      .createQueryBuilder('conversion')
      .innerJoin(Share, 'share', 'share.id = conversion.shareId')
      .select(['conversion.shareId', 'conversion.kind', 'conversion.valueMinor', 'conversion.createdAt'])
      .where('conversion.organizationId = :organizationId', { organizationId: scope.organizationId })
      .andWhere('conversion.createdAt >= :start AND conversion.createdAt < :end', { start, end });
    return this.scoped(query, scope).getMany();
  }

  /**
   * Engagement snapshots (cumulative counters, read by publishing's engagement tick) of these
   * shares: each share's last one before `start` (the baseline) and every one in [start, end).
   */
  async snapshots(shareIds: string[], start: Date, end: Date): Promise<{ before: Snapshot[]; inRange: Snapshot[] }> {
    const before: Snapshot[] = [];
    const inRange: Snapshot[] = [];
    const repository = this.dataSource.getRepository(EngagementSnapshot);
    for (let offset = 0; offset < shareIds.length; offset += 500) {
      const ids = shareIds.slice(offset, offset + 500);
      const rows = await repository
        .createQueryBuilder('snapshot')
        .where({ shareId: In(ids) })
        .andWhere('snapshot.capturedAt < :end', { end })
        .orderBy('snapshot.capturedAt', 'ASC')
        .getMany();
      const latestBefore = new Map<string, Snapshot>();
      for (const row of rows) {
        const snapshot: Snapshot = { shareId: row.shareId, capturedAt: row.capturedAt, impressions: row.impressions ?? 0, reactions: row.reactions, comments: row.comments, reshares: row.reshares };
        if (row.capturedAt < start) latestBefore.set(row.shareId, snapshot);
        else inRange.push(snapshot);
      }
      before.push(...latestBefore.values());
    }
    return { before, inRange };
  }

  /** One person's share in the organisation, or null (another organisation's or person's share is not found). */
  async ownShare(organizationId: string, userId: string, shareId: string): Promise<{ id: string } | null> {
    return this.dataSource.getRepository(Share).findOne({ select: { id: true }, where: { id: shareId, organizationId, userId } });
  }

  /** A share's latest engagement snapshot, or null when it was never read. */
  async latestSnapshot(shareId: string): Promise<EngagementSnapshot | null> {
    return this.dataSource.getRepository(EngagementSnapshot).findOne({ where: { shareId }, order: { capturedAt: 'DESC' } });
  }

  /** Counted clicks on a share's tracked link, all time. */
  async clickCount(organizationId: string, shareId: string): Promise<number> {
    return this.dataSource.getRepository(LinkClick).count({ where: { organizationId, shareId } });
  }

  /** Points earned (not spent or refunded) by one person in [start, end). */
  async pointsEarned(organizationId: string, userId: string, start: Date, end: Date): Promise<number> {
    const row = await this.dataSource
      .getRepository(PointEvent)
      .createQueryBuilder('event')
      .select('COALESCE(SUM(event.points), 0)', 'points')
      .where('event.organizationId = :organizationId AND event.userId = :userId', { organizationId, userId })
      .andWhere('event.points > 0')
      .andWhere('event.kind IN (:...kinds)', { kinds: [...EARNING_KINDS] })
      .andWhere('event.occurredAt >= :start AND event.occurredAt < :end', { start, end })
      .getRawOne<{ points: string | number }>();
    return Number(row?.points ?? 0);
  }

  /** Active employees who could share in scope: the denominator of participation. */
  async activeEmployees(scope: Scope): Promise<number> {
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .where('user.organizationId = :organizationId', { organizationId: scope.organizationId })
      .andWhere("user.status = 'active'")
      // roles is a comma-separated list (simple-array); match the whole word.
      .andWhere(new Brackets((roles) => roles.where("(',' || user.roles || ',') LIKE '%,employee,%'")));
    if (scope.teamId) query.andWhere('user.id IN (SELECT tm."userId" FROM team_memberships tm WHERE tm."teamId" = :teamId)', { teamId: scope.teamId });
    if (scope.userId) query.andWhere('user.id = :userId', { userId: scope.userId });
    return query.getCount();
  }

  postsOf(organizationId: string, ids: string[]): Promise<Pick<Post, 'id' | 'title' | 'campaignId'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(Post).find({ select: { id: true, title: true, campaignId: true }, where: { organizationId, id: In(ids) } });
  }

  usersOf(organizationId: string, ids: string[]): Promise<Pick<User, 'id' | 'name' | 'leaderboardOptOut' | 'leaderboardExcluded'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(User).find({ select: { id: true, name: true, leaderboardOptOut: true, leaderboardExcluded: true }, where: { organizationId, id: In(ids) } });
  }

  settingsOf(organizationId: string): Promise<AnalyticsSettings | null> {
    return this.dataSource.getRepository(AnalyticsSettings).findOneBy({ organizationId });
  }

  async saveSettings(manager: EntityManager, settings: AnalyticsSettings): Promise<void> {
    await manager.getRepository(AnalyticsSettings).save(settings);
  }

  // --- API keys and conversions --------------------------------------------------------------

  async insertApiKey(manager: EntityManager, key: ApiKey): Promise<void> {
    await manager.getRepository(ApiKey).insert(key);
  }

  liveApiKeys(organizationId: string): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({ where: { organizationId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  findLiveApiKeyByHash(secretHash: string): Promise<ApiKey | null> {
    return this.dataSource.getRepository(ApiKey).findOneBy({ secretHash, revokedAt: IsNull() });
  }

  /** True when the organisation's live key is now revoked. */
  async revokeApiKey(manager: EntityManager, organizationId: string, id: string, at: Date): Promise<boolean> {
    const result = await manager.getRepository(ApiKey).update({ organizationId, id, revokedAt: IsNull() }, { revokedAt: at });
    return Boolean(result.affected);
  }

  async touchApiKey(id: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(ApiKey).update({ id }, { lastUsedAt: at });
  }

  /** The organisation's share with this tracked-link code. */
  async shareIdByCode(organizationId: string, code: string): Promise<string | null> {
    const share = await this.dataSource.getRepository(Share).findOne({ select: { id: true }, where: { organizationId, trackingCode: code } });
    return share?.id ?? null;
  }

  findConversion(organizationId: string, idempotencyKey: string, manager?: EntityManager): Promise<Conversion | null> {
    return (manager ?? this.dataSource.manager).getRepository(Conversion).findOneBy({ organizationId, idempotencyKey });
  }

  /** Inserts unless the idempotency key was used already; true when this call inserted it. */
  async insertConversion(manager: EntityManager, conversion: Conversion): Promise<boolean> {
    await manager.createQueryBuilder().insert().into(Conversion).values(conversion).orIgnore().updateEntity(false).execute();
    return (await this.findConversion(conversion.organizationId, conversion.idempotencyKey, manager))?.id === conversion.id;
  }
}
