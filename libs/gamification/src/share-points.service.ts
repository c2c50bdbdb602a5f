import { Clock } from '@chorus/config';
import { Campaign, ContentRepository, FeedPoints, Post } from '@chorus/content';
import { OutboxEvent, OutboxRelay, Transactions } from '@chorus/db';
import { IdentityRepository, Organization } from '@chorus/identity';
import { Share, SharePublishedEvent, SharesRepository } from '@chorus/shares';
import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsString, IsUUID, validateSync } from 'class-validator';
import { EntityManager } from 'typeorm';
import { localDayRange } from './period-keys';
import { Award, PointsLedger } from './points-ledger.service';
import { cappedInteractionPoints, offeredSharePoints, PointsRules, sharePoints } from './points-rules';
import { PointsRulesService } from './points-rules.service';
import { POINTS_CONSUMER } from './points-consumer';
import { LedgerRepository } from './ledger.repository';

/** The `share.published` payload, checked again before it earns anything. */
class SharePublishedPayload implements SharePublishedEvent {
  @IsUUID('all') shareId!: string;
  @IsUUID('all') organizationId!: string;
  @IsUUID('all') userId!: string;
  @IsUUID('all') postId!: string;
  @IsString() @IsNotEmpty() network!: string;
  @IsString() externalId!: string;
  @IsISO8601({ strict: true }) publishedAt!: string;
}

export type InteractionKind = 'click' | 'engagement';

export interface InteractionInput {
  organizationId: string;
  shareId: string;
  kind: InteractionKind;
  /** Identifies this click or this batch of engagement (e.g. the analytics row id): awarded once. */
  sourceId: string;
  /** Clicks are one each; an engagement sync may report several reactions at once. */
  units: number;
  occurredAt: Date;
}

/** What an interaction is awarded under. */
interface InteractionContext {
  share: Share;
  organization: Organization;
  rules: PointsRules;
}

export interface ConsumeResult {
  consumed: number;
  failed: number;
}

/**
 * Points that follow real, published participation. Published shares arrive as outbox
 * events written in the transaction that marked the share published, delivered by the relay
 * to the points consumer (PublishedSharePointsConsumer); clicks and engagement (from
 * analytics, later) through `awardInteraction`. Nothing else earns share points.
 */
@Injectable()
export class SharePointsService {
  private readonly logger = new Logger('SharePoints');

  constructor(
    private readonly transactions: Transactions,
    private readonly relay: OutboxRelay,
    private readonly repository: LedgerRepository,
    private readonly ledger: PointsLedger,
    private readonly rules: PointsRulesService,
    private readonly identity: IdentityRepository,
    private readonly content: ContentRepository,
    private readonly shares: SharesRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Delivers the pending `share.published` events to the points consumer now, as the worker's
   * relay tick does every second (tests and operators call this). Safe to run alongside the
   * tick and other workers: the relay hands each event to the consumer once.
   */
  async consumePublished(maxEvents = 500): Promise<ConsumeResult> {
    const result = (await this.relay.run({ consumers: [POINTS_CONSUMER], maxEvents })).get(POINTS_CONSUMER)!;
    return { consumed: result.delivered, failed: result.failed };
  }

  /** Whether shares published before `at` still wait for their points (closings wait for them). */
  hasPendingBefore(at: Date): Promise<boolean> {
    return this.relay.hasPendingBefore(POINTS_CONSUMER, at);
  }

  /** The awards of one `share.published` event, in the caller's transaction. */
  async awardPublishedShare(manager: EntityManager, event: OutboxEvent): Promise<Award[]> {
    return this.awardPublishedShares(manager, [event]);
  }

  /**
   * The awards of several `share.published` events, in the caller's transaction: per
   * organisation, one read each of their shares, posts, rules and campaigns and one ledger
   * write, in organisation order, so that concurrent consumers take their locks in the same
   * order. The same as awarding them one after the other, oldest first.
   */
  async awardPublishedShares(manager: EntityManager, events: OutboxEvent[]): Promise<Award[]> {
    const byOrganization = new Map<string, SharePublishedPayload[]>();
    const ordered = [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    for (const event of ordered) {
      const payload = this.payloadOf(event);
      if (payload) byOrganization.set(payload.organizationId, [...(byOrganization.get(payload.organizationId) ?? []), payload]);
    }
    const written: Award[] = [];
    for (const organizationId of [...byOrganization.keys()].sort()) {
      const awards = await this.awardsIn(manager, organizationId, byOrganization.get(organizationId)!);
      if (awards.length === 0) continue;
      const organization = await this.identity.findOrganization(organizationId);
      if (!organization) continue;
      // The first award of a (user, kind, source) wins, as it would one event at a time.
      const first = [...new Map(awards.reverse().map((a) => [JSON.stringify([a.userId, a.kind, a.source]), a])).values()];
      written.push(...(await this.ledger.record(manager, organization, first)));
    }
    return written;
  }

  /** A `share.published` event's payload, or null (and a warning) when it is not one. */
  private payloadOf(event: OutboxEvent): SharePublishedPayload | null {
    const payload = plainToInstance(SharePublishedPayload, event.payload);
    const problems = validateSync(payload);
    if (problems.length > 0 || payload.organizationId !== event.organizationId) {
      this.logger.warn(`Outbox event ${event.id} is not a valid share.published event; it earns nothing.`);
      return null;
    }
    return payload;
  }

  /** What one organisation's `share.published` events earn, in their order; nothing for a share not really published by its owner. */
  private async awardsIn(manager: EntityManager, organizationId: string, payloads: SharePublishedPayload[]): Promise<Award[]> {
    const shares = new Map((await this.shares.findManyInOrganization(organizationId, payloads.map((p) => p.shareId), manager)).map((s) => [s.id, s]));
    // Points follow only a confirmed publish by the share's owner.
    const owned = payloads.flatMap((payload): (Share & { publishedAt: Date })[] => {
      const share = shares.get(payload.shareId);
      return share && share.status === 'published' && share.userId === payload.userId && share.publishedAt ? [{ ...share, publishedAt: share.publishedAt }] : [];
    });
    if (owned.length === 0) return [];
    const posts = new Map((await this.content.findPosts(organizationId, owned.map((s) => s.postId), manager)).map((p) => [p.id, p]));
    const campaignIds = [...new Set([...posts.values()].map((p) => p.campaignId).filter((id): id is string => id !== null))];
    const [rules, campaigns] = [await this.rules.rulesOf(organizationId, manager), await this.content.findCampaigns(organizationId, campaignIds, manager)];
    const campaignOf = new Map(campaigns.map((c) => [c.id, c]));
    return owned.flatMap((share) => {
      const post = posts.get(share.postId);
      return post ? this.awardsFor(share, post, rules, post.campaignId ? (campaignOf.get(post.campaignId) ?? null) : null) : [];
    });
  }

  /** What a published share earns. */
  private awardsFor(share: Share & { publishedAt: Date }, post: Post, rules: PointsRules, campaign: Campaign | null): Award[] {
    const points = sharePoints(rules, {
      postPoints: post.points,
      commentary: share.commentary,
      suggestedText: post.variants[share.network as keyof typeof post.variants] ?? post.suggestedCommentary,
      multiplierPercent: campaignMultiplier(campaign, share.publishedAt),
    });
    // Once per post and network: sharing the same post again earns nothing more.
    const base = {
      organizationId: share.organizationId,
      userId: share.userId,
      source: `post:${share.postId}:${share.network}`,
      occurredAt: share.publishedAt,
      shareId: share.id,
      detail: { shareId: share.id, postId: post.id, postTitle: post.title, network: share.network },
    };
    const awards: Award[] = [{ ...base, kind: 'share_published', points: points.published }];
    if (points.ownCommentary > 0) awards.push({ ...base, kind: 'own_commentary', points: points.ownCommentary });
    return awards;
  }

  /**
   * What a share of each post would earn if it were published at `at`: the same rules and
   * rounding as `awardsFor`, so the feed card promises what the ledger then awards.
   */
  async promisedFor(organizationId: string, posts: readonly Post[], at: Date): Promise<Map<string, FeedPoints>> {
    const campaignIds = [...new Set(posts.map((p) => p.campaignId).filter((id): id is string => id !== null))];
    const [rules, campaigns] = await Promise.all([this.rules.rulesOf(organizationId), this.content.findCampaigns(organizationId, campaignIds)]);
    const byId = new Map(campaigns.map((c) => [c.id, c]));
    const promised = new Map<string, FeedPoints>();
    for (const post of posts) {
      const multiplierPercent = campaignMultiplier(post.campaignId ? (byId.get(post.campaignId) ?? null) : null, at);
      const offered = offeredSharePoints(rules, post.points, multiplierPercent);
      promised.set(post.id, { published: offered.published, ownWordsBonus: offered.ownCommentary, multiplierPercent });
    }
    return promised;
  }

  /**
   * Points for clicks on a share's tracked link or engagement it received, within the
   * organisation's daily cap per share (counted in its timezone). Returns the points awarded:
   * 0 when the cap is reached, the share is not published, or this source was awarded before.
   */
  async awardInteraction(input: InteractionInput): Promise<number> {
    // Read before the transaction: many awards at once must not each hold a connection while waiting for another.
    const context = await this.interactionContext(input);
    return context ? this.transactions.run((manager) => this.recordInteraction(manager, input, context)) : 0;
  }

  /** `awardInteraction` in the caller's transaction (an outbox consumer's). */
  async awardInteractionIn(manager: EntityManager, input: InteractionInput): Promise<number> {
    const context = await this.interactionContext(input);
    return context ? this.recordInteraction(manager, input, context) : 0;
  }

  /** The share, organisation and rules an interaction is awarded under; null when it earns nothing. */
  private async interactionContext(input: InteractionInput): Promise<InteractionContext | null> {
    if (!Number.isInteger(input.units) || input.units < 1) throw new RangeError(`units must be a whole number of at least 1; got ${input.units}.`);
    const share = await this.shares.findInOrganization(input.organizationId, input.shareId);
    if (!share || share.status !== 'published') return null;
    const [organization, rules] = await Promise.all([this.identity.findOrganization(share.organizationId), this.rules.rulesOf(share.organizationId)]);
    return organization ? { share, organization, rules } : null;
  }

  private async recordInteraction(
    manager: EntityManager,
    input: InteractionInput,
    { share, organization, rules }: InteractionContext,
  ): Promise<number> {
    const perUnit = input.kind === 'click' ? rules.perClick : rules.perEngagement;
    const cap = input.kind === 'click' ? rules.clickDailyCapPerShare : rules.engagementDailyCapPerShare;
    const day = localDayRange(input.occurredAt, organization.timezone);
    // Two awards for one share and kind must not both see room under the cap.
    await this.repository.lockKey(manager, `${input.kind}:${share.id}`);
    const earnedToday = await this.repository.earnedOnShareBetween(manager, share.id, input.kind, day.startsAt, day.endsAt);
    const points = cappedInteractionPoints(perUnit, input.units, cap, earnedToday);
    if (points <= 0) return 0;
    const written = await this.ledger.record(manager, organization, [
      {
        organizationId: share.organizationId,
        userId: share.userId,
        kind: input.kind,
        source: `${input.kind}:${input.sourceId}`,
        points,
        occurredAt: input.occurredAt,
        shareId: share.id,
        detail: { units: input.units, day: day.day },
      },
    ]);
    return written.length > 0 ? points : 0;
  }
}

/** A campaign multiplies the points of shares published while it runs. */
function campaignMultiplier(campaign: Campaign | null, at: Date): number {
  if (!campaign) return 100;
  if (campaign.startsAt && at < campaign.startsAt) return 100;
  if (campaign.endsAt && at >= campaign.endsAt) return 100;
  return campaign.pointsMultiplierPercent;
}
