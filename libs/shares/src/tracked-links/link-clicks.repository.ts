import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan, MoreThan } from 'typeorm';
import { ClickSalt, LinkClick } from './link-click.entity';

/** Where a tracked link leads, read by the redirect with one lookup of the unique code index. */
export interface TrackedLinkTarget {
  shareId: string;
  organizationId: string;
  destinationUrl: string;
}

/** Tracked links and their counted clicks, named by intent. */
@Injectable()
export class LinkClicksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Plain SQL on purpose: this is the hottest read Chorus has (every visit of every posted
   * link), and the query builder costs more than the indexed lookup itself (bench/redirect).
   */
  async findTarget(code: string): Promise<TrackedLinkTarget | null> {
    const placeholder = this.dataSource.options.type === 'postgres' ? '$1' : '?';
    const rows = (await this.dataSource.query(
      `SELECT "id" AS "shareId", "organizationId", "destinationUrl" FROM "shares" WHERE "trackingCode" = ${placeholder}`,
      [code],
    )) as TrackedLinkTarget[];
    const row = rows[0];
    return row?.destinationUrl ? row : null;
  }

  /** The day's key, made by whichever process asks first (the others read the same row). */
  async saltOf(day: string, candidate: string, at: Date): Promise<string> {
    await this.dataSource.createQueryBuilder().insert().into(ClickSalt).values({ day, salt: candidate, createdAt: at }).orIgnore().execute();
    return (await this.dataSource.getRepository(ClickSalt).findOneByOrFail({ day })).salt;
  }

  /** Forgets the keys of days before `day`, so their hashes can never be recomputed. */
  async deleteSaltsBefore(day: string): Promise<void> {
    await this.dataSource.getRepository(ClickSalt).delete({ day: LessThan(day) });
  }

  /** The clicks counted after `since` by any of these visitors (their hashes), to skip repeats. */
  async countedSince(manager: EntityManager, visitorHashes: string[], since: Date): Promise<Pick<LinkClick, 'shareId' | 'visitorHash' | 'clickedAt'>[]> {
    const found: Pick<LinkClick, 'shareId' | 'visitorHash' | 'clickedAt'>[] = [];
    for (let start = 0; start < visitorHashes.length; start += 500) {
      const chunk = visitorHashes.slice(start, start + 500);
      found.push(
        ...(await manager.getRepository(LinkClick).find({ select: { shareId: true, visitorHash: true, clickedAt: true }, where: { visitorHash: In(chunk), clickedAt: MoreThan(since) } })),
      );
    }
    return found;
  }

  /** Many clicks, a few statements (500 rows each). */
  async insertClicks(manager: EntityManager, clicks: LinkClick[]): Promise<void> {
    for (let start = 0; start < clicks.length; start += 500) {
      await manager.createQueryBuilder().insert().into(LinkClick).values(clicks.slice(start, start + 500)).updateEntity(false).execute();
    }
  }

  /** Counted clicks per share, for the shares' owner. */
  async clicksOf(shareIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (shareIds.length === 0) return counts;
    const rows = await this.dataSource
      .getRepository(LinkClick)
      .createQueryBuilder('click')
      .select('click.shareId', 'shareId')
      .addSelect('COUNT(*)', 'count')
      .where({ shareId: In(shareIds) })
      .groupBy('click.shareId')
      .getRawMany<{ shareId: string; count: string | number }>();
    for (const row of rows) counts.set(row.shareId, Number(row.count));
    return counts;
  }
}
