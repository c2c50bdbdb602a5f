import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan, MoreThan } from 'typeorm';
import { Share } from '../share.entity';
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

  async findTarget(code: string): Promise<TrackedLinkTarget | null> {
    const row = await this.dataSource
      .getRepository(Share)
      .createQueryBuilder('share')
      .select(['share.id', 'share.organizationId', 'share.destinationUrl'])
      .where('share.trackingCode = :code', { code })
      .getOne();
    return row?.destinationUrl ? { shareId: row.id, organizationId: row.organizationId, destinationUrl: row.destinationUrl } : null;
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

  /** Whether this visitor's click on this share was already counted after `since`. */
  countedSince(manager: EntityManager, shareId: string, visitorHash: string, since: Date): Promise<boolean> {
    return manager.getRepository(LinkClick).existsBy({ shareId, visitorHash, clickedAt: MoreThan(since) });
  }

  async insertClick(manager: EntityManager, click: LinkClick): Promise<void> {
    await manager.getRepository(LinkClick).insert(click);
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
