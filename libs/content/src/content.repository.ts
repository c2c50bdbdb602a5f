import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { Campaign } from './campaign.entity';
import { Post, PostTeam } from './post.entity';

export interface FeedCursor {
  /** Whether the last post of the page was one the reader already shared (those come last). */
  shared: boolean;
  featured: boolean;
  publishedAt: string;
  id: string;
}

/** What the reader narrowed their feed to. */
export interface FeedFilter {
  /** Words that must each appear in the title, description or suggested text (any case). */
  search?: string;
  campaignId?: string;
  /** One hashtag, with or without its #. */
  hashtag?: string;
  /** Leave out the posts the reader already shared. */
  hideShared?: boolean;
  /** The statuses of the reader's own shares that count as "already shared". */
  sharedStatuses: readonly string[];
}

/** A LIKE pattern matching `text` literally (with ESCAPE '\\'). */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Content's queries, named by intent: posts, their targeting, campaigns and the feed. Every read is tenant-scoped. */
@Injectable()
export class ContentRepository {
  constructor(private readonly dataSource: DataSource) {}

  findPost(organizationId: string, id: string): Promise<Post | null> {
    return this.dataSource.getRepository(Post).findOneBy({ organizationId, id });
  }

  /** The organisation's posts with these ids (those that exist), in the caller's transaction when given one. */
  findPosts(organizationId: string, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Post[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(Post).findBy({ organizationId, id: In([...new Set(ids)]) });
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

  /**
   * Published, inside their window, targeted at the user's teams or everyone, narrowed by the
   * filter. Posts the user has not shared yet come first (featured first among them), then the
   * ones they shared; newest first within each. Keyset-paged on exactly that order: `after` is the
   * last post of the previous page. Each post comes with whether the user shared it.
   */
  async findFeedFor(organizationId: string, userId: string, now: Date, limit: number, after: FeedCursor | null, filter: FeedFilter): Promise<{ post: Post; shared: boolean }[]> {
    const query = this.feedQuery(organizationId, userId, now);
    this.applyFilter(query, filter);
    const shared = `(CASE WHEN EXISTS (SELECT 1 FROM shares mine WHERE mine."postId" = post.id AND mine."organizationId" = :organizationId
                     AND mine."userId" = :userId AND mine.status IN (:...sharedStatuses)) THEN 1 ELSE 0 END)`;
    query.setParameter('sharedStatuses', [...filter.sharedStatuses]);
    if (filter.hideShared) query.andWhere(`${shared} = 0`);
    if (after) {
      const publishedAt = new Date(after.publishedAt);
      const afterShared = after.shared ? 1 : 0;
      query.andWhere(
        new Brackets((page) => {
          page.where(`${shared} > :afterShared`, { afterShared });
          if (after.featured) page.orWhere(`(${shared} = :afterShared AND post.featured = :notFeatured)`, { notFeatured: false });
          page
            .orWhere(`(${shared} = :afterShared AND post.featured = :featured AND post.publishedAt < :publishedAt)`, { featured: after.featured, publishedAt })
            .orWhere(`(${shared} = :afterShared AND post.featured = :featured AND post.publishedAt = :publishedAt AND post.id < :id)`, { id: after.id });
        }),
      );
    }
    const { entities, raw } = await query
      .addSelect(shared, 'post_shared_by_me')
      .orderBy('post_shared_by_me', 'ASC')
      .addOrderBy('post.featured', 'DESC')
      .addOrderBy('post.publishedAt', 'DESC')
      .addOrderBy('post.id', 'DESC')
      .limit(limit)
      .getRawAndEntities<{ post_id: string; post_shared_by_me: number | string }>();
    const sharedById = new Map(raw.map((row) => [row.post_id, Number(row.post_shared_by_me) === 1]));
    return entities.map((post) => ({ post, shared: sharedById.get(post.id) ?? false }));
  }

  /** The campaigns and hashtags of the posts in the user's feed right now, for its filters. */
  async feedTopicsOf(organizationId: string, userId: string, now: Date): Promise<{ campaigns: Campaign[]; hashtags: { tag: string; posts: number }[] }> {
    const posts = await this.feedQuery(organizationId, userId, now).select(['post.id', 'post.campaignId', 'post.hashtags']).take(1000).getMany();
    const counts = new Map<string, { tag: string; posts: number }>();
    for (const post of posts) {
      for (const tag of new Set(post.hashtags.map((t) => t.toLowerCase()))) {
        const seen = counts.get(tag);
        if (seen) seen.posts += 1;
        else counts.set(tag, { tag: post.hashtags.find((t) => t.toLowerCase() === tag)!, posts: 1 });
      }
    }
    const campaignIds = [...new Set(posts.map((p) => p.campaignId).filter((id): id is string => id !== null))];
    const campaigns = campaignIds.length === 0 ? [] : await this.dataSource.getRepository(Campaign).find({ where: { organizationId, id: In(campaignIds) }, order: { name: 'ASC' } });
    return { campaigns, hashtags: [...counts.values()].sort((a, b) => b.posts - a.posts || a.tag.localeCompare(b.tag)) };
  }

  private applyFilter(query: ReturnType<ContentRepository['feedQuery']>, filter: FeedFilter): void {
    if (filter.campaignId) query.andWhere('post.campaignId = :campaignId', { campaignId: filter.campaignId });
    if (filter.hashtag) {
      // Hashtags are stored as a JSON array of "#word" strings.
      const tag = `#${filter.hashtag.replace(/^#/, '')}`.toLowerCase();
      query.andWhere(`LOWER(post.hashtags) LIKE :hashtag ESCAPE '\\'`, { hashtag: `%${likeEscape(JSON.stringify(tag))}%` });
    }
    if (filter.search) {
      const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
      words.forEach((word, i) => {
        query.andWhere(
          `(LOWER(post.title) LIKE :search${i} ESCAPE '\\' OR LOWER(COALESCE(post.description, '')) LIKE :search${i} ESCAPE '\\'
            OR LOWER(post.suggestedCommentary) LIKE :search${i} ESCAPE '\\' OR LOWER(post.variants) LIKE :search${i} ESCAPE '\\')`,
          { [`search${i}`]: `%${likeEscape(word)}%` },
        );
      });
    }
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

  findCampaigns(organizationId: string, ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Campaign[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(Campaign).findBy({ organizationId, id: In(ids) });
  }

  listCampaigns(organizationId: string): Promise<Campaign[]> {
    return this.dataSource.getRepository(Campaign).find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }
}
