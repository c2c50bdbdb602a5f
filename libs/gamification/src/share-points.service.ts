import { Clock } from '@chorus/config';
import { Campaign, ContentRepository } from '@chorus/content';
import { OutboxEvent, Transactions } from '@chorus/db';
import { IdentityRepository } from '@chorus/identity';
import { SharePublishedEvent, SharesRepository } from '@chorus/shares';
import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsString, IsUUID, validateSync } from 'class-validator';
import { EntityManager } from 'typeorm';
import { localDayRange } from './period-keys';
import { Award, PointsLedger } from './points-ledger.service';
import { cappedInteractionPoints, sharePoints } from './points-rules';
import { PointsRulesService } from './points-rules.service';
import { PointsRepository } from './points.repository';

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

export interface ConsumeResult {
  consumed: number;
  failed: number;
}

/**
 * Points that follow real, published participation. Published shares arrive as outbox
 * events written in the transaction that marked the share published; clicks and engagement
 * (from analytics, later) through `awardInteraction`. Nothing else earns share points.
 */
@Injectable()
export class SharePointsService {
  private readonly logger = new Logger('SharePoints');

  constructor(
    private readonly transactions: Transactions,
    private readonly repository: PointsRepository,
    private readonly ledger: PointsLedger,
    private readonly rules: PointsRulesService,
    private readonly identity: IdentityRepository,
    private readonly content: ContentRepository,
    private readonly shares: SharesRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Consumes pending `share.published` events, each in one transaction with its awards. Safe
   * with several workers: PostgreSQL hands each event to one of them (`SKIP LOCKED`), and the
   * ledger's unique key makes a repeat award a no-op. A failing event is logged and retried on
   * the next run; it does not hold up the others.
   */
  async consumePublished(maxEvents = 500): Promise<ConsumeResult> {
    const failed: string[] = [];
    let consumed = 0;
    // An indexed read first, so an idle tick opens no transaction.
    if (!(await this.repository.hasPendingSharePoints())) return { consumed, failed: 0 };
    while (consumed + failed.length < maxEvents) {
      const claim: { id: string | null } = { id: null };
      try {
        const done = await this.transactions.run(async (manager) => {
          const event = await this.repository.claimPendingSharePublished(manager, failed);
          if (!event) return false;
          claim.id = event.id;
          await this.awardPublishedShare(manager, event);
          await this.repository.markConsumed(manager, event.id, this.clock.now());
          return true;
        });
        if (!done) break;
        consumed++;
      } catch (error) {
        if (!claim.id) throw error;
        failed.push(claim.id);
        this.logger.error(`Could not award points for outbox event ${claim.id}: ${(error as Error).stack ?? String(error)}`);
      }
    }
    return { consumed, failed: failed.length };
  }

  /** The awards of one `share.published` event, in the caller's transaction. */
  async awardPublishedShare(manager: EntityManager, event: OutboxEvent): Promise<Award[]> {
    const payload = plainToInstance(SharePublishedPayload, event.payload);
    const problems = validateSync(payload);
    if (problems.length > 0 || payload.organizationId !== event.organizationId) {
      this.logger.warn(`Outbox event ${event.id} is not a valid share.published event; it earns nothing.`);
      return [];
    }
    const share = await this.shares.findInOrganization(payload.organizationId, payload.shareId);
    // Points follow only a confirmed publish by the share's owner.
    if (!share || share.status !== 'published' || share.userId !== payload.userId || !share.publishedAt) return [];
    const [organization, post, rules] = await Promise.all([
      this.identity.findOrganization(share.organizationId),
      this.content.findPost(share.organizationId, share.postId),
      this.rules.rulesOf(share.organizationId),
    ]);
    if (!organization || !post) return [];
    const campaign = post.campaignId ? await this.content.findCampaign(share.organizationId, post.campaignId) : null;
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
    return this.ledger.record(manager, organization, awards);
  }

  /**
   * Points for clicks on a share's tracked link or engagement it received, within the
   * organisation's daily cap per share (counted in its timezone). Returns the points awarded:
   * 0 when the cap is reached, the share is not published, or this source was awarded before.
   */
  async awardInteraction(input: InteractionInput): Promise<number> {
    if (!Number.isInteger(input.units) || input.units < 1) throw new RangeError(`units must be a whole number of at least 1; got ${input.units}.`);
    const share = await this.shares.findInOrganization(input.organizationId, input.shareId);
    if (!share || share.status !== 'published') return 0;
    const [organization, rules] = await Promise.all([this.identity.findOrganization(share.organizationId), this.rules.rulesOf(share.organizationId)]);
    if (!organization) return 0;
    const perUnit = input.kind === 'click' ? rules.perClick : rules.perEngagement;
    const cap = input.kind === 'click' ? rules.clickDailyCapPerShare : rules.engagementDailyCapPerShare;
    const day = localDayRange(input.occurredAt, organization.timezone);
    return this.transactions.run(async (manager) => {
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
    });
  }
}

/** A campaign multiplies the points of shares published while it runs. */
function campaignMultiplier(campaign: Campaign | null, at: Date): number {
  if (!campaign) return 100;
  if (campaign.startsAt && at < campaign.startsAt) return 100;
  if (campaign.endsAt && at >= campaign.endsAt) return 100;
  return campaign.pointsMultiplierPercent;
}
