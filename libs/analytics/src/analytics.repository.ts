import { Post } from '@chorus/content';
import { User } from '@chorus/identity';
import { EARNING_KINDS, PointEvent } from '@chorus/gamification';
import { EngagementSnapshot } from '@chorus/publishing';
import { LinkClick, Share } from '@chorus/shares';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { AnalyticsSettings, ApiKey, Conversion, ConversionKind } from './analytics.entities';
import { Figures } from './analytics-responses';
import { DayRange, OffsetPiece, Snapshot, utcOffsets } from './measures';

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

/** What figures are summed by: the organisation's day, the post, or the person. */
export type FiguresBy = 'day' | 'post' | 'user';

/** Summed figures of one day, post or person (`key`). */
export type KeyedFigures = Figures & { key: string };

const FIGURE_COLUMNS = ['shares', 'sharers', 'clicks', 'conversions', 'impressions', 'reactions', 'comments', 'reshares'] as const;

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

  /** The scope as SQL over a `share` alias, with its parameters (the same filters as `scoped`). */
  private scopeSql(scope: Scope, parameters: Record<string, unknown>): string {
    // A campaign's or post's shares are found by post (see `unindexed`), a team's or person's by owner.
    const byPost = (scope.campaignId || scope.postId) && !scope.teamId && !scope.userId;
    const filters = [`${byPost ? this.unindexed(scope, 'share."organizationId"') : 'share."organizationId"'} = :organizationId`];
    parameters.organizationId = scope.organizationId;
    if (scope.userId) filters.push('share."userId" = :userId');
    if (scope.postId) filters.push('share."postId" = :postId');
    if (scope.campaignId) filters.push('share."postId" IN (SELECT p.id FROM posts p WHERE p."campaignId" = :campaignId)');
    if (scope.teamId) filters.push('share."userId" IN (SELECT tm."userId" FROM team_memberships tm WHERE tm."teamId" = :teamId)');
    for (const key of ['userId', 'postId', 'campaignId', 'teamId'] as const) if (scope[key]) parameters[key] = scope[key];
    return filters.join(' AND ');
  }

  /**
   * A team, campaign, post or person has few of the organisation's shares: the database should
   * start from those and look up their rows, not read the organisation's whole time range and
   * drop most of it. PostgreSQL's statistics tell it so; SQLite keeps none (Chorus never runs
   * ANALYZE), so there a unary + keeps such a scope's query off the organisation's time indexes.
   */
  private unindexed(scope: Scope, column: string): string {
    const narrow = Boolean(scope.teamId || scope.campaignId || scope.postId || scope.userId);
    return narrow && !this.postgres ? `+${column}` : column;
  }

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  private greatest(...values: string[]): string {
    return `${this.postgres ? 'GREATEST' : 'MAX'}(${values.join(', ')})`;
  }

  /** The organisation's day (`YYYY-MM-DD`) of a timestamp column: its UTC date after the offset of its piece of the range. */
  private dayOf(column: string, pieces: OffsetPiece[], parameters: Record<string, unknown>): string {
    const shifted = (minutes: number) =>
      this.postgres ? `to_char((${column} AT TIME ZONE 'UTC') + interval '${minutes} minutes', 'YYYY-MM-DD')` : `date(${column}, '${minutes < 0 ? '' : '+'}${minutes} minutes')`;
    const last = pieces[pieces.length - 1];
    const earlier = pieces.slice(0, -1).map((piece, i) => {
      parameters[`offsetUntil${i}`] = piece.until;
      return `WHEN ${column} < :offsetUntil${i} THEN ${shifted(piece.offsetMinutes)}`;
    });
    return earlier.length === 0 ? shifted(last.offsetMinutes) : `CASE ${earlier.join(' ')} ELSE ${shifted(last.offsetMinutes)} END`;
  }

  private async rows<T>(sql: string, parameters: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query(query, values);
  }

  /**
   * The figures of the shares in scope over a range, summed in the database by the
   * organisation's day, by post or by person (docs/architecture.md, "Results"): shares published
   * in the range and the different people among them, counted clicks and reported conversions in
   * the range, and engagement growth between snapshots credited to the day it was read (each
   * snapshot's counters over the highest of the share's earlier reads in the range and its last
   * read before it; a counter that drops credits nothing). By post or person, as with a share's
   * own figures, only what published shares earned counts, and a post or person is listed once
   * anything of theirs happened in the range (a read that found no growth included).
   */
  async figures(scope: Scope, range: DayRange, by: FiguresBy): Promise<KeyedFigures[]>;
  /** The top `limit` posts or people (see `rankedBy`), with their titles or names. */
  async figures(scope: Scope, range: DayRange, by: 'post' | 'user', rank: { limit: number }): Promise<(KeyedFigures & { name: string })[]>;
  async figures(scope: Scope, range: DayRange, by: FiguresBy, rank?: { limit: number }): Promise<KeyedFigures[]> {
    const parameters: Record<string, unknown> = { start: range.start, end: range.end };
    const inScope = this.scopeSql(scope, parameters);
    const pieces = utcOffsets(range);
    // Growth rows carry their share's post and person (and day); the other rows are joined to their share.
    const keyOf = (alias: string, at: string) => (by === 'day' ? this.dayOf(`${alias}."${at}"`, pieces, parameters) : `${alias === 'growth' ? 'growth' : 'share'}."${by === 'post' ? 'postId' : 'userId'}"`);
    const byTime = (column: string) => this.unindexed(scope, column);
    const published = `share.status = 'published' AND ${byTime('share."publishedAt"')} < :end`;
    // A share's clicks and conversions count for its day whatever became of it; for its post or person, once it was published.
    const ofListedShares = by === 'day' ? '' : ` AND ${published}`;
    // The whole organisation by day needs nothing of the shares: a click, conversion or read
    // carries its share's organisation, and every read is of a published share, taken after it
    // was published (publishing reads only what it published). Joining a million shares to
    // millions of rows would be most of the work.
    const joined = by !== 'day' || Boolean(scope.teamId || scope.campaignId || scope.postId || scope.userId);
    const joinShare = (alias: string, extra = '') => (joined ? `INNER JOIN shares share ON share.id = ${alias}."shareId"` : '') + (joined ? ` AND ${inScope}${extra}` : '');
    const counter = (name: 'impressions' | 'reactions' | 'comments' | 'reshares') => {
      const prior = `"prior${name[0].toUpperCase()}${name.slice(1)}"`;
      return `${this.greatest('0', `ranked.${name} - ${this.greatest(`COALESCE(ranked.${prior}, 0)`, `COALESCE(baseline.${name}, 0)`)}`)} AS ${name}`;
    };
    // Engagement: a read adds what it lifts a counter above the share's highest so far (from its
    // last read before the range), so a day adds what the day's highest reading lifts it above the
    // highest of the days before: the database need only keep each share's highest counters per
    // day (by post or person, over the whole range), then compare each day with the ones before.
    const day = by === 'day' ? `${this.dayOf('snapshot."capturedAt"', pieces, parameters)} AS "day", ` : '';
    const owner = joined ? 'share."postId" AS "postId", share."userId" AS "userId", ' : '';
    // A snapshot's organisation is its share's: saying so lets the database read a range of the organisation's index.
    const sql = `
      WITH reads AS (
        SELECT snapshot."shareId" AS "shareId", ${owner}${day}
          MAX(COALESCE(snapshot.impressions, 0)) AS impressions, MAX(snapshot.reactions) AS reactions, MAX(snapshot.comments) AS comments, MAX(snapshot.reshares) AS reshares
        FROM engagement_snapshots snapshot
        ${joinShare('snapshot', ` AND ${published}`)}
        WHERE ${byTime('snapshot."organizationId"')} = :organizationId AND ${byTime('snapshot."capturedAt"')} >= :start AND snapshot."capturedAt" < :end
        GROUP BY ${[1, ...(owner ? [2, 3] : []), ...(day ? [owner ? 4 : 2] : [])].join(', ')}
      ),
      ranked AS (
        SELECT reads.*,
          MAX(reads.impressions) OVER before_this AS "priorImpressions", MAX(reads.reactions) OVER before_this AS "priorReactions",
          MAX(reads.comments) OVER before_this AS "priorComments", MAX(reads.reshares) OVER before_this AS "priorReshares",
          ROW_NUMBER() OVER (PARTITION BY reads."shareId"${day ? ' ORDER BY reads."day"' : ''}) AS "dayNumber"
        FROM reads
        WINDOW before_this AS (PARTITION BY reads."shareId"${day ? ' ORDER BY reads."day"' : ''} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
      ),
      baseline AS (
        SELECT ranked."shareId" AS "shareId", COALESCE(previous.impressions, 0) AS impressions, previous.reactions AS reactions, previous.comments AS comments, previous.reshares AS reshares
        FROM ranked
        INNER JOIN engagement_snapshots previous ON previous.id = (
          SELECT earlier.id FROM engagement_snapshots earlier WHERE earlier."shareId" = ranked."shareId" AND earlier."capturedAt" < :start ORDER BY earlier."capturedAt" DESC LIMIT 1
        )
        WHERE ranked."dayNumber" = 1
      ),
      growth AS (
        SELECT ${owner ? 'ranked."postId" AS "postId", ranked."userId" AS "userId", ' : ''}${day ? 'ranked."day" AS "day", ' : ''}${counter('impressions')}, ${counter('reactions')}, ${counter('comments')}, ${counter('reshares')}
        FROM ranked LEFT JOIN baseline ON baseline."shareId" = ranked."shareId"
      )
      SELECT figures."key" AS "key", ${FIGURE_COLUMNS.map((c) => `SUM(figures.${c}) AS ${c}`).join(', ')}${rank ? `, ${by === 'post' ? "COALESCE(post.title, '')" : 'person.name'} AS name` : ''}
      FROM (
        SELECT ${keyOf('share', 'publishedAt')} AS "key", COUNT(*) AS shares, COUNT(DISTINCT share."userId") AS sharers, 0 AS clicks, 0 AS conversions, 0 AS impressions, 0 AS reactions, 0 AS comments, 0 AS reshares
        FROM shares share
        WHERE ${inScope} AND share.status = 'published' AND ${byTime('share."publishedAt"')} >= :start AND ${byTime('share."publishedAt"')} < :end
        GROUP BY 1
        UNION ALL
        SELECT ${keyOf('click', 'clickedAt')}, 0, 0, COUNT(*), 0, 0, 0, 0, 0
        FROM link_clicks click ${joinShare('click', ofListedShares)}
        WHERE ${byTime('click."organizationId"')} = :organizationId AND ${byTime('click."clickedAt"')} >= :start AND click."clickedAt" < :end
        GROUP BY 1
        UNION ALL
        SELECT ${keyOf('conversion', 'createdAt')}, 0, 0, 0, COUNT(*), 0, 0, 0, 0
        FROM conversions conversion ${joinShare('conversion', ofListedShares)}
        WHERE ${byTime('conversion."organizationId"')} = :organizationId AND ${byTime('conversion."createdAt"')} >= :start AND conversion."createdAt" < :end
        GROUP BY 1
        UNION ALL
        SELECT ${by === 'day' ? 'growth."day"' : keyOf('growth', '')}, 0, 0, 0, 0, SUM(growth.impressions), SUM(growth.reactions), SUM(growth.comments), SUM(growth.reshares)
        FROM growth
        GROUP BY 1
      ) figures
      ${rank ? this.rankedBy(by, parameters, rank.limit) : 'GROUP BY figures."key"'}`;
    const rows = await this.rows<Record<string, string | number>>(sql, parameters);
    return rows.map((row) => ({ key: String(row.key), ...(Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, Number(row[c])])) as unknown as Figures), ...(rank ? { name: String(row.name) } : {}) }));
  }

  /**
   * Top posts or people, and their names: most clicks first, then most engagement, most shares,
   * most conversions. People who opted out of leaderboards (or were excluded) are left out.
   */
  private rankedBy(by: FiguresBy, parameters: Record<string, unknown>, limit: number): string {
    parameters.limit = limit;
    const names =
      by === 'post'
        ? `LEFT JOIN posts post ON post.id = figures."key" AND post."organizationId" = :organizationId`
        : `INNER JOIN users person ON person.id = figures."key" AND person."organizationId" = :organizationId WHERE NOT person."leaderboardOptOut" AND NOT person."leaderboardExcluded"`;
    return `${names}
      GROUP BY figures."key", ${by === 'post' ? 'post.title' : 'person.name'}
      ORDER BY SUM(figures.clicks) DESC, SUM(figures.reactions) + SUM(figures.comments) + SUM(figures.reshares) DESC, SUM(figures.shares) DESC, SUM(figures.conversions) DESC, figures."key"
      LIMIT :limit`;
  }

  /**
   * Whether some figure of the range comes from the demo organisation's sample history: a demo
   * share in scope published in the range, or clicked, read or converted in it. Served by the
   * partial index of demo shares, so an organisation without any reads next to nothing.
   */
  async demoDataIn(scope: Scope, range: DayRange): Promise<boolean> {
    const parameters: Record<string, unknown> = { start: range.start, end: range.end };
    const inRange = (table: string, column: string) => `EXISTS (SELECT 1 FROM ${table} t WHERE t."shareId" = share.id AND t."${column}" >= :start AND t."${column}" < :end)`;
    const rows = await this.rows<{ found: number }>(
      `SELECT 1 AS found FROM shares share
       WHERE share.demo = true AND ${this.scopeSql(scope, parameters)} AND share.status = 'published' AND share."publishedAt" < :end
         AND (share."publishedAt" >= :start OR ${inRange('link_clicks', 'clickedAt')} OR ${inRange('engagement_snapshots', 'capturedAt')} OR ${inRange('conversions', 'createdAt')})
       LIMIT 1`,
      parameters,
    );
    return rows.length > 0;
  }

  /** The different people who published shares in scope in the range. */
  async sharers(scope: Scope, range: DayRange): Promise<number> {
    const parameters: Record<string, unknown> = { start: range.start, end: range.end };
    const [row] = await this.rows<{ sharers: string | number }>(
      `SELECT COUNT(DISTINCT share."userId") AS sharers FROM shares share
       WHERE ${this.scopeSql(scope, parameters)} AND share.status = 'published' AND ${this.unindexed(scope, 'share."publishedAt"')} >= :start AND ${this.unindexed(scope, 'share."publishedAt"')} < :end`,
      parameters,
    );
    return Number(row?.sharers ?? 0);
  }

  /** Conversions of these kinds reported in [start, end) for shares in scope. */
  async conversionCount(scope: Scope, start: Date, end: Date, kinds: readonly ConversionKind[]): Promise<number> {
    const parameters: Record<string, unknown> = { start, end, kinds };
    const [row] = await this.rows<{ conversions: string | number }>(
      `SELECT COUNT(*) AS conversions FROM conversions conversion INNER JOIN shares share ON share.id = conversion."shareId"
       WHERE conversion."organizationId" = :organizationId AND conversion."createdAt" >= :start AND conversion."createdAt" < :end
         AND conversion.kind IN (:...kinds) AND ${this.scopeSql(scope, parameters)}`,
      parameters,
    );
    return Number(row?.conversions ?? 0);
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
