import { LinkClick, Share } from '@chorus/shares';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Conversion } from './analytics.entities';
import { AnalyticsRepository, Scope, ScopedShare } from './analytics.repository';

/**
 * The orders the export reads published shares in. Each ends with the share's id, so it is a
 * unique key a page can continue after (keyset paging: no OFFSET, no row read twice or skipped).
 * `owner` groups a person's shares together, `post` a post's, and within a post its sharers.
 */
export type ExportOrder = 'owner' | 'post';

/** The export's reads: published shares a page at a time, and the page's clicks and conversions. */
@Injectable()
export class AnalyticsExportRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly analytics: AnalyticsRepository,
  ) {}

  /**
   * At most `limit` published shares in scope, published before `before`, that come after
   * `after` in `order` (from the first when null). Read by the `shares_export_*` indexes.
   */
  async publishedSharesPage(scope: Scope, before: Date, order: ExportOrder, after: ScopedShare | null, limit: number): Promise<ScopedShare[]> {
    const query = this.analytics
      .scoped(this.dataSource.getRepository(Share).createQueryBuilder('share'), scope)
      .select(['share.id', 'share.userId', 'share.postId', 'share.publishedAt', 'share.demo'])
      .andWhere("share.status = 'published'")
      .andWhere('share.publishedAt < :before', { before });
    // Row values, so both databases seek straight to the key in the index.
    if (order === 'owner') {
      if (after) query.andWhere('(share.userId, share.id) > (:afterUserId, :afterId)', { afterUserId: after.userId, afterId: after.id });
      query.orderBy('share.userId', 'ASC').addOrderBy('share.id', 'ASC');
    } else {
      if (after) query.andWhere('(share.postId, share.userId, share.id) > (:afterPostId, :afterUserId, :afterId)', { afterPostId: after.postId, afterUserId: after.userId, afterId: after.id });
      query.orderBy('share.postId', 'ASC').addOrderBy('share.userId', 'ASC').addOrderBy('share.id', 'ASC');
    }
    const rows = await query.limit(limit).getMany();
    return rows.map((s) => ({ id: s.id, userId: s.userId, postId: s.postId, publishedAt: s.publishedAt!, demo: s.demo }));
  }

  /**
   * Counted clicks in [start, end) on each of these shares (absent: none). The shares are the
   * organisation's already; asking for the organisation again would have SQLite scan all of its
   * clicks in the range by `link_clicks_organization_idx` for every page, rather than these shares'.
   */
  async clickCounts(shareIds: string[], start: Date, end: Date): Promise<Map<string, number>> {
    if (shareIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(LinkClick)
      .createQueryBuilder('click')
      .select('click.shareId', 'shareId')
      .addSelect('COUNT(*)', 'count')
      .where('click.shareId IN (:...shareIds)', { shareIds })
      .andWhere('click.clickedAt >= :start AND click.clickedAt < :end', { start, end })
      .groupBy('click.shareId')
      .getRawMany<{ shareId: string; count: string | number }>();
    return new Map(rows.map((row) => [row.shareId, Number(row.count)]));
  }

  /** Conversions reported in [start, end) for each of these shares (absent: none), by `conversions_share_idx` as above. */
  async conversionCounts(shareIds: string[], start: Date, end: Date): Promise<Map<string, number>> {
    if (shareIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(Conversion)
      .createQueryBuilder('conversion')
      .select('conversion.shareId', 'shareId')
      .addSelect('COUNT(*)', 'count')
      .where('conversion.shareId IN (:...shareIds)', { shareIds })
      .andWhere('conversion.createdAt >= :start AND conversion.createdAt < :end', { start, end })
      .groupBy('conversion.shareId')
      .getRawMany<{ shareId: string; count: string | number }>();
    return new Map(rows.map((row) => [row.shareId, Number(row.count)]));
  }
}
