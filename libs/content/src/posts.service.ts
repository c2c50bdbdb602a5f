import { fieldProblem, userMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { OutboxRepository, Transactions } from '@chorus/db';
import { AuthUser, IdentityRepository, requireRole, Role } from '@chorus/identity';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Campaign } from './campaign.entity';
import { POST_PUBLISHED, PostPublishedEvent } from './content-events';
import { CreateCampaignDto, CreatePostDto, UpdatePostDto } from './content.dto';
import { CampaignResponse, mapCampaign, mapPost, PostResponse } from './content-responses';
import { ContentRepository } from './content.repository';
import { Post } from './post.entity';

const CURATORS = [Role.Curator, Role.Admin];

/**
 * Curators write suggested posts, target them, publish them to feeds and withdraw them.
 * Publishing writes `post.published` to the outbox (featured posts are announced from it).
 */
@Injectable()
export class PostsService {
  constructor(
    private readonly repository: ContentRepository,
    private readonly identity: IdentityRepository,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser, status?: Post['status']): Promise<PostResponse[]> {
    requireRole(actor, CURATORS, 'action.listAllPosts');
    const posts = await this.repository.listPosts(actor.organizationId, status);
    const teams = await this.repository.teamIdsOf(posts.map((p) => p.id));
    return posts.map((p) => mapPost(p, teams.get(p.id) ?? []));
  }

  async get(actor: AuthUser, id: string): Promise<PostResponse> {
    requireRole(actor, CURATORS, 'action.readDrafts');
    const post = await this.mustFind(actor.organizationId, id);
    return mapPost(post, (await this.repository.teamIdsOf([id])).get(id) ?? []);
  }

  async create(actor: AuthUser, dto: CreatePostDto): Promise<PostResponse> {
    requireRole(actor, CURATORS, 'action.writePosts');
    const now = this.clock.now();
    const teamIds = dto.teamIds ?? [];
    await this.assertReferences(actor.organizationId, teamIds, dto.campaignId ?? null);
    const post: Post = {
      id: randomUUID(),
      organizationId: actor.organizationId,
      campaignId: dto.campaignId ?? null,
      title: dto.title,
      url: dto.url ?? null,
      description: dto.description ?? null,
      suggestedCommentary: dto.suggestedCommentary,
      variants: { ...dto.variants },
      hashtags: normalizeHashtags(dto.hashtags ?? []),
      imageUrl: dto.imageUrl ?? null,
      targetsEveryone: teamIds.length === 0,
      status: 'draft',
      publishAt: dto.publishAt ? new Date(dto.publishAt) : null,
      expiresAt: dto.expiresAt ? new Date(dto.expiresAt) : null,
      featured: dto.featured ?? false,
      points: dto.points ?? null,
      requireOwnCommentary: dto.requireOwnCommentary ?? false,
      createdById: actor.id,
      publishedAt: null,
      archivedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    assertWindow(post);
    await this.transactions.run(async (manager) => {
      await this.repository.insertPost(manager, post);
      await this.repository.replaceTargets(manager, post, teamIds);
    });
    return mapPost(post, teamIds);
  }

  async update(actor: AuthUser, id: string, dto: UpdatePostDto): Promise<PostResponse> {
    requireRole(actor, CURATORS, 'action.editPosts');
    const post = await this.mustFind(actor.organizationId, id);
    if (post.status === 'archived') throw new ConflictException(userMessage('post.archivedNoEdit'));
    const campaignId = dto.campaignId === undefined ? post.campaignId : dto.campaignId;
    await this.assertReferences(actor.organizationId, dto.teamIds ?? [], campaignId);
    const changes: Partial<Post> = {};
    if (dto.title !== undefined) changes.title = dto.title;
    if (dto.url !== undefined) changes.url = dto.url;
    if (dto.description !== undefined) changes.description = dto.description;
    if (dto.suggestedCommentary !== undefined) changes.suggestedCommentary = dto.suggestedCommentary;
    if (dto.variants !== undefined) changes.variants = { ...dto.variants };
    if (dto.hashtags !== undefined) changes.hashtags = normalizeHashtags(dto.hashtags);
    if (dto.imageUrl !== undefined) changes.imageUrl = dto.imageUrl;
    if (dto.campaignId !== undefined) changes.campaignId = dto.campaignId;
    if (dto.publishAt !== undefined) changes.publishAt = dto.publishAt ? new Date(dto.publishAt) : null;
    if (dto.expiresAt !== undefined) changes.expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (dto.featured !== undefined) changes.featured = dto.featured;
    if (dto.points !== undefined) changes.points = dto.points;
    if (dto.requireOwnCommentary !== undefined) changes.requireOwnCommentary = dto.requireOwnCommentary;
    if (dto.teamIds !== undefined) changes.targetsEveryone = dto.teamIds.length === 0;
    const updated: Post = { ...post, ...changes, updatedAt: this.clock.now() };
    assertWindow(updated);
    await this.transactions.run(async (manager) => {
      await this.repository.savePost(manager, updated);
      if (dto.teamIds !== undefined) await this.repository.replaceTargets(manager, updated, dto.teamIds);
    });
    return this.get(actor, id);
  }

  async publish(actor: AuthUser, id: string): Promise<PostResponse> {
    requireRole(actor, CURATORS, 'action.publishPosts');
    const post = await this.mustFind(actor.organizationId, id);
    if (post.status === 'archived') throw new ConflictException(userMessage('post.archivedNoPublish'));
    const now = this.clock.now();
    if (post.expiresAt && post.expiresAt <= now) throw new ConflictException(userMessage('post.alreadyExpired'));
    if (post.status !== 'published') {
      const publishedAt = post.publishAt ?? now;
      await this.transactions.run(async (m) => {
        // Only the draft -> published move announces it: a concurrent second publish changes nothing.
        if (!(await this.repository.markPublished(m, id, publishedAt, now))) return;
        const teamIds = (await this.repository.teamIdsOf([id], m)).get(id) ?? [];
        const payload: PostPublishedEvent = { postId: id, organizationId: post.organizationId, title: post.title, featured: post.featured, teamIds: post.targetsEveryone ? [] : teamIds, publishedAt: publishedAt.toISOString() };
        await this.outbox.append(m, { type: POST_PUBLISHED, organizationId: post.organizationId, dedupeKey: id, payload, at: now });
      });
    }
    return this.get(actor, id);
  }

  async archive(actor: AuthUser, id: string): Promise<PostResponse> {
    requireRole(actor, CURATORS, 'action.archivePosts');
    const post = await this.mustFind(actor.organizationId, id);
    if (post.status !== 'archived') {
      const now = this.clock.now();
      await this.transactions.run((m) => this.repository.markArchived(m, id, now));
    }
    return this.get(actor, id);
  }

  async listCampaigns(actor: AuthUser): Promise<CampaignResponse[]> {
    requireRole(actor, CURATORS, 'action.listCampaigns');
    return (await this.repository.listCampaigns(actor.organizationId)).map(mapCampaign);
  }

  async createCampaign(actor: AuthUser, dto: CreateCampaignDto): Promise<CampaignResponse> {
    requireRole(actor, CURATORS, 'action.createCampaigns');
    const now = this.clock.now();
    const campaign: Campaign = {
      id: randomUUID(),
      organizationId: actor.organizationId,
      name: dto.name,
      goal: dto.goal ?? null,
      objective: dto.objective ?? null,
      target: dto.target ?? null,
      startsAt: dto.startsAt ? new Date(dto.startsAt) : null,
      endsAt: dto.endsAt ? new Date(dto.endsAt) : null,
      pointsMultiplierPercent: Math.round((dto.pointsMultiplier ?? 1) * 100),
      createdAt: now,
      updatedAt: now,
    };
    if (campaign.target !== null && campaign.objective === null) {
      throw new BadRequestException(fieldProblem('objective', 'campaign.targetNeedsObjective'));
    }
    if (campaign.startsAt && campaign.endsAt && campaign.endsAt <= campaign.startsAt) {
      throw new BadRequestException(fieldProblem('endsAt', 'validation.after', { otherField: 'startsAt' }));
    }
    await this.transactions.run((m) => this.repository.insertCampaign(m, campaign));
    return mapCampaign(campaign);
  }

  private async assertReferences(organizationId: string, teamIds: string[], campaignId: string | null): Promise<void> {
    const teams = await this.identity.findTeamsInOrganization(organizationId, teamIds);
    const missing = teamIds.filter((id) => !teams.some((t) => t.id === id));
    if (missing.length > 0) throw new BadRequestException(fieldProblem('teamIds', 'team.unknownIds', { ids: missing.join(', ') }));
    if (campaignId && !(await this.repository.findCampaign(organizationId, campaignId))) {
      throw new BadRequestException(fieldProblem('campaignId', 'campaign.unknownId', { id: campaignId }));
    }
  }

  private async mustFind(organizationId: string, id: string): Promise<Post> {
    const post = await this.repository.findPost(organizationId, id);
    if (!post) throw new NotFoundException(userMessage('post.notFound'));
    return post;
  }
}

function assertWindow(post: Post): void {
  if (post.publishAt && post.expiresAt && post.expiresAt <= post.publishAt) {
    throw new BadRequestException(fieldProblem('expiresAt', 'validation.after', { otherField: 'publishAt' }));
  }
}

function normalizeHashtags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => `#${t.replace(/^#/, '')}`))];
}
