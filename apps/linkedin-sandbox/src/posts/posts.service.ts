import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { parseLittleText } from '@chorus/networks';
import { DropConnectionException, LinkedinApiException } from '../common/sandbox-exceptions';
import type { MemberGrant } from '../oauth/token.service';
import { accessDenied } from '../oauth/oauth-errors';
import { ResolvedSandboxOptions, SANDBOX_OPTIONS } from '../sandbox-options';
import { SandboxPost, SandboxState } from '../state/sandbox-state.service';
import { CreatePostDto } from './dto/create-post.dto';
import { FindPostsQueryDto } from './dto/find-posts-query.dto';
import { mapPost, PostResponseDto, PostsPageDto } from './dto/post-response.dto';
import { mapSocialActions, SocialActionsResponseDto } from './dto/social-actions-response.dto';
import { mapPostAnalytics, parseAnalyticsEntity, PostAnalyticsMetric, PostAnalyticsPageDto, PostAnalyticsQueryDto } from './dto/post-analytics.dto';
import { engagementAt } from './engagement';

const POST_URN = /^urn:li:(share|ugcPost):\d+$/;

export function personUrn(sub: string): string {
  return `urn:li:person:${sub}`;
}

/** The Posts API and Social Actions as LinkedIn answers a member's token. */
@Injectable()
export class PostsService {
  constructor(
    @Inject(SANDBOX_OPTIONS) private readonly options: ResolvedSandboxOptions,
    private readonly state: SandboxState,
  ) {}

  /**
   * Creates a post and returns its URN. Injected faults apply here: a delay, then 429 or 5xx
   * before anything is stored, or a connection dropped after the post is stored.
   */
  async create(grant: MemberGrant, request: CreatePostDto, linkedinVersion: string): Promise<string> {
    await this.injectFaultsBeforeCommit();
    const author = personUrn(grant.member.sub);
    if (request.author !== author) {
      throw accessDenied(
        'partnerApiPostsExternal.CREATE',
        linkedinVersion,
        `The author ${request.author} is not the authenticated member`,
      );
    }
    this.enforceDailyLimit(grant, author);
    const commentary = parseLittleText(request.commentary);
    const duplicate = this.state.findDuplicatePost(author, commentary.storedLittleText);
    if (duplicate) {
      throw new LinkedinApiException({ status: 422, message: `Content is a duplicate of ${duplicate.id}` });
    }
    const now = this.now();
    const post: SandboxPost = {
      id: this.state.nextShareUrn(),
      author,
      authorEmail: grant.member.email,
      rawCommentary: request.commentary,
      storedCommentary: commentary.storedLittleText,
      displayCommentary: commentary.text,
      truncated: !commentary.complete,
      hashtags: commentary.hashtags,
      visibility: request.visibility,
      lifecycleState: request.lifecycleState,
      distribution: {
        feedDistribution: request.distribution.feedDistribution,
        targetEntities: request.distribution.targetEntities ?? [],
        thirdPartyDistributionChannels: request.distribution.thirdPartyDistributionChannels ?? [],
      },
      article: request.content ? { ...request.content.article } : null,
      isReshareDisabledByAuthor: request.isReshareDisabledByAuthor ?? false,
      createdAt: now,
      lastModifiedAt: now,
    };
    this.state.addPost(post);
    if (this.rolls(this.state.faults.rateDropAfterCommit)) {
      throw new DropConnectionException();
    }
    return post.id;
  }

  /** The member's own posts, newest first. Listing another member's posts is refused. */
  findByAuthor(grant: MemberGrant, query: FindPostsQueryDto, linkedinVersion: string): PostsPageDto {
    if (query.author !== personUrn(grant.member.sub)) {
      throw accessDenied('partnerApiPostsExternal.FINDER-author', linkedinVersion);
    }
    const start = query.start ?? 0;
    const count = query.count ?? 10;
    const posts = this.state.findPostsByAuthor(query.author);
    return {
      elements: posts.slice(start, start + count).map(mapPost),
      paging: { start, count, total: posts.length, links: [] },
    };
  }

  get(grant: MemberGrant, id: string, linkedinVersion: string): PostResponseDto {
    return mapPost(this.findOwnPost(grant, id, 'partnerApiPostsExternal.GET', linkedinVersion));
  }

  /** Likes and comments of the member's own post; read faults apply. */
  async socialActions(grant: MemberGrant, id: string, linkedinVersion: string): Promise<SocialActionsResponseDto> {
    await this.injectReadFaults();
    const post = this.findOwnPost(grant, id, 'socialActions.GET', linkedinVersion);
    return mapSocialActions(post.id, engagementAt(post.id, post.createdAt, this.now()));
  }

  /** One metric of the member's own post, in total (member post analytics); read faults apply. */
  async postAnalytics(grant: MemberGrant, query: PostAnalyticsQueryDto, linkedinVersion: string): Promise<PostAnalyticsPageDto> {
    await this.injectReadFaults();
    const target = parseAnalyticsEntity(query.entity);
    const post = this.findOwnPost(grant, target.urn, 'memberCreatorPostAnalytics.FINDER-entity', linkedinVersion);
    return mapPostAnalytics(target, query.queryType as PostAnalyticsMetric, engagementAt(post.id, post.createdAt, this.now()));
  }

  /** Reads fail as LinkedIn's do under load: 429 with Retry-After, or a 500/503. */
  private async injectReadFaults(): Promise<void> {
    const faults = this.state.faults;
    if (faults.delayMs > 0) {
      await sleep(faults.delayMs);
    }
    if (this.rolls(faults.readRate429)) {
      throw new LinkedinApiException({ status: 429, message: 'Resource level throttle MEMBER DAY limit for calls to this resource is reached.' }, { 'Retry-After': '60' });
    }
    if (faults.readRate5xx > 0) {
      const roll = this.options.random();
      if (roll < faults.readRate5xx) {
        throw roll < faults.readRate5xx / 2
          ? new LinkedinApiException({ status: 500, message: 'Internal Server Error' })
          : new LinkedinApiException({ status: 503, message: 'Service Unavailable' });
      }
    }
  }

  private findOwnPost(grant: MemberGrant, id: string, resource: string, linkedinVersion: string): SandboxPost {
    if (!POST_URN.test(id)) {
      throw new LinkedinApiException({ status: 400, message: `"${id}" is not a valid share or ugcPost URN` });
    }
    const post = this.state.findPost(id);
    if (!post) {
      throw new LinkedinApiException({ status: 404, message: `Not Found: ${id}` });
    }
    if (post.author !== personUrn(grant.member.sub)) {
      throw accessDenied(resource, linkedinVersion);
    }
    return post;
  }

  private async injectFaultsBeforeCommit(): Promise<void> {
    const faults = this.state.faults;
    if (faults.delayMs > 0) {
      await sleep(faults.delayMs);
    }
    if (this.rolls(faults.rate429)) {
      throw new LinkedinApiException({
        status: 429,
        message: 'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.',
      });
    }
    if (faults.rate5xx > 0) {
      const roll = this.options.random();
      if (roll < faults.rate5xx) {
        // One roll picks both whether and which: the lower half answers 500, the upper 503.
        throw roll < faults.rate5xx / 2
          ? new LinkedinApiException({ status: 500, message: 'Internal Server Error' })
          : new LinkedinApiException({ status: 503, message: 'Service Unavailable' });
      }
    }
  }

  /** LinkedIn limits members to 150 posts a day (UTC); a member may have a limit of their own. */
  private enforceDailyLimit(grant: MemberGrant, author: string): void {
    const limit = grant.member.dailyPostLimit;
    if (limit === null) {
      return;
    }
    if (this.state.countPostsByAuthorOnUtcDay(author, this.now()) >= limit) {
      throw new LinkedinApiException({
        status: 429,
        message: 'Resource level throttle MEMBER DAY limit for calls to this resource is reached.',
      });
    }
  }

  /** Draws from the injected random only when the fault is enabled, so tests can script rolls. */
  private rolls(rate: number): boolean {
    return rate > 0 && this.options.random() < rate;
  }

  private now(): number {
    return this.options.clock().getTime();
  }
}
