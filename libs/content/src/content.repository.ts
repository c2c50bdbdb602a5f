import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { Campaign } from './campaign.entity';
import { Post, PostTeam } from './post.entity';

export interface FeedCursor {
  featured: boolean;
  publishedAt: string;
  id: string;
}

/** Content's queries, named by intent: posts, their targeting, campaigns and the feed. Every read is tenant-scoped. */
@Injectable()
export class ContentRepository {
  constructor(private readonly dataSource: DataSource) {}

  findPost(organizationId: string, id: string): Promise<Post | null> {
    return this.dataSource.getRepository(Post).findOneBy({ organizationId, id });
  }

  listPosts(organizationId: string, status?: Post['status']): Promise<Post[]> {
    return this.dataSource.getRepository(Post).find({
      where: status ? { organizationId, status } : { organizationId },
      order: { createdAt: 'DESC' },
    });
  }

  async insertPost(manager: EntityManager, post: Post): Promise<void> {
    await manager.getRepository(Post).insert(post);
  }

  async savePost(manager: EntityManager, post: Post): Promise<void> {
    await manager.getRepository(Post).save(post);
  }

  /** Draft -> published; false when the post was no longer a draft (a concurrent publish won). */
  async markPublished(manager: EntityManager, id: string, publishedAt: Date, now: Date): Promise<boolean> {
    const moved = await manager.createQueryBuilder().update(Post).set({ status: 'published', publishedAt, updatedAt: now }).where(`"id" = :id AND "status" = 'draft'`, { id }).execute();
    return Boolean(moved.affected);
  }

  async markArchived(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.getRepository(Post).update({ id }, { status: 'archived', archivedAt: now, updatedAt: now });
  }

  async insertCampaign(manager: EntityManager, campaign: Campaign): Promise<void> {
    await manager.getRepository(Campaign).insert(campaign);
  }

  async teamIdsOf(postIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (postIds.length === 0) return map;
    const rows = await manager.getRepository(PostTeam).findBy({ postId: In(postIds) });
    for (const row of rows) map.set(row.postId, [...(map.get(row.postId) ?? []), row.teamId]);
    return map;
  }

  async replaceTargets(manager: EntityManager, post: Post, teamIds: string[]): Promise<void> {
    await manager.getRepository(PostTeam).delete({ postId: post.id });
    if (teamIds.length > 0) {
      await manager.getRepository(PostTeam).insert(teamIds.map((teamId) => ({ postId: post.id, teamId, organizationId: post.organizationId })));
    }
  }

  /** Published, inside their window, targeted at the user's teams or everyone; featured first. */
  findFeedFor(organizationId: string, userId: string, now: Date, limit: number, after: FeedCursor | null): Promise<Post[]> {
    const query = this.feedQuery(organizationId, userId, now);
    if (after) {
      const publishedAt = new Date(after.publishedAt);
      query.andWhere(
        new Brackets((page) => {
          if (after.featured) page.where('post.featured = :notFeatured', { notFeatured: false });
          else page.where('1 = 0');
          page
            .orWhere('(post.featured = :featured AND post.publishedAt < :publishedAt)', { featured: after.featured, publishedAt })
            .orWhere('(post.featured = :featured AND post.publishedAt = :publishedAt AND post.id < :id)', { id: after.id });
        }),
      );
    }
    return query.orderBy('post.featured', 'DESC').addOrderBy('post.publishedAt', 'DESC').addOrderBy('post.id', 'DESC').take(limit).getMany();
  }

  /** One post, only if it is in the user's feed right now. */
  findInFeedOf(organizationId: string, userId: string, now: Date, postId: string): Promise<Post | null> {
    return this.feedQuery(organizationId, userId, now).andWhere('post.id = :postId', { postId }).getOne();
  }

  /** Posts of the user's feed that reached it in [since, until) (a digest's period), featured and newest first, and how many there are. */
  findNewInFeedOf(organizationId: string, userId: string, now: Date, since: Date, until: Date, limit: number): Promise<[Post[], number]> {
    return this.feedQuery(organizationId, userId, now)
      .andWhere('post.publishedAt >= :since AND post.publishedAt < :until', { since, until })
      .orderBy('post.featured', 'DESC')
      .addOrderBy('post.publishedAt', 'DESC')
      .addOrderBy('post.id', 'DESC')
      .take(limit)
      .getManyAndCount();
  }

  private feedQuery(organizationId: string, userId: string, now: Date) {
    return this.dataSource
      .getRepository(Post)
      .createQueryBuilder('post')
      .where('post.organizationId = :organizationId', { organizationId })
      .andWhere("post.status = 'published'")
      .andWhere('(post.publishAt IS NULL OR post.publishAt <= :now)', { now })
      .andWhere('(post.expiresAt IS NULL OR post.expiresAt > :now)', { now })
      .andWhere(
        new Brackets((targeted) =>
          targeted.where('post.targetsEveryone = :everyone', { everyone: true }).orWhere(
            `EXISTS (SELECT 1 FROM post_teams pt INNER JOIN team_memberships tm ON tm."teamId" = pt."teamId"
                     WHERE pt."postId" = post.id AND tm."userId" = :userId)`,
            { userId },
          ),
        ),
      );
  }

  findCampaign(organizationId: string, id: string): Promise<Campaign | null> {
    return this.dataSource.getRepository(Campaign).findOneBy({ organizationId, id });
  }

  listCampaigns(organizationId: string): Promise<Campaign[]> {
    return this.dataSource.getRepository(Campaign).find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }
}
