import { APP_CONFIG, AppConfig } from '@chorus/config';
import { ConversionsService } from '@chorus/analytics';
import { ComplianceService } from '@chorus/compliance';
import { Campaign, ContentRepository, Post } from '@chorus/content';
import { OutboxRepository } from '@chorus/db';
import { Organization, Team } from '@chorus/identity';
import { EngagementService } from '@chorus/publishing';
import { approvalHash, ClickRecorder, draftShare, LinkClick, Share, SHARE_PUBLISHED, sharePublishedEvent, SharesRepository, trackedLinkFor } from '@chorus/shares';
import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DEMO_PAST_CAMPAIGN, DEMO_PAST_POSTS, demoPostRow } from './demo-content';
import { localDay, planDemoHistory, PlannedShare } from './demo-history';

export interface DemoHistoryContext {
  organization: Organization;
  teams: Map<string, Team>;
  /** The demo users' ids by the name before the @ of their email. */
  users: Map<string, string>;
  curatorId: string;
  now: Date;
}

/** What was seeded, for the log. */
export interface DemoHistoryCounts {
  shares: number;
  clicks: number;
  snapshots: number;
  conversions: number;
}

/**
 * Writes the demo organisation's sample history (planned by `planDemoHistory`) through the
 * code real shares take, so what results and points show is what the app itself computes:
 * every share moves through the lifecycle's transitions (draft, approved, scheduled,
 * publishing, published, each with its audit entry) and announces `share.published` on the
 * outbox as the publisher does; clicks are stored as the click recorder stores them, with
 * their `share.link_clicked` events; engagement reads go through the engagement service's
 * snapshot recording, with its `share.engagement_grew` events. The outbox's consumers then
 * award the points (shares, own words, clicks, engagement) as they would for real ones.
 * Every share is marked `demo`: nothing publishes it and nothing reads its engagement.
 */
@Injectable()
export class DemoHistoryService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly content: ContentRepository,
    private readonly compliance: ComplianceService,
    private readonly shares: SharesRepository,
    private readonly outbox: OutboxRepository,
    private readonly clicks: ClickRecorder,
    private readonly engagement: EngagementService,
    private readonly conversions: ConversionsService,
  ) {}

  async seed(manager: EntityManager, context: DemoHistoryContext): Promise<DemoHistoryCounts> {
    const { organization, now } = context;
    const plan = planDemoHistory(now, organization.timezone);
    const campaign = await this.insertCampaign(manager, organization, plan.campaign, now);
    const posts = await this.insertPosts(manager, context, campaign, plan.postsPublishedAt);
    // An account each sharer posted from: never connected here, since nothing reaches a network for demo shares.
    const accounts = new Map([...context.users.values()].map((userId) => [userId, randomUUID()]));

    const shares: Share[] = [];
    for (const planned of plan.shares) {
      const userId = context.users.get(planned.sharer)!;
      const post = posts[planned.post];
      shares.push(await this.publishedShare(manager, organization, post, post.campaignId ? campaign : null, userId, accounts.get(userId)!, planned));
    }

    const clicks = await this.recordClicks(manager, organization, shares, plan.shares);
    let snapshots = 0;
    for (const [index, planned] of plan.shares.entries()) {
      const share = shares[index];
      for (const read of planned.snapshots) {
        // A plain record of what a read would have stored; recorded through the engagement service so growth earns points as it does.
        await this.engagement.recordSnapshot(manager, { id: randomUUID(), organizationId: organization.id, shareId: share.id, network: share.network, ...read });
        snapshots += 1;
      }
    }
    await this.conversions.recordSample(
      manager,
      organization.id,
      plan.conversions.map((c) => ({ shareId: shares[c.share].id, kind: c.kind, valueMinor: c.valueMinor, at: c.at })),
      now,
    );
    return { shares: shares.length, clicks, snapshots, conversions: plan.conversions.length };
  }

  private async insertCampaign(manager: EntityManager, organization: Organization, window: { startsAt: Date; endsAt: Date }, now: Date): Promise<Campaign> {
    const createdAt = new Date(window.startsAt.getTime() - 2 * 24 * 3600 * 1000);
    const campaign: Campaign = {
      id: randomUUID(),
      organizationId: organization.id,
      name: DEMO_PAST_CAMPAIGN.name,
      goal: DEMO_PAST_CAMPAIGN.goal,
      objective: DEMO_PAST_CAMPAIGN.objective,
      target: DEMO_PAST_CAMPAIGN.target,
      startsAt: window.startsAt,
      endsAt: window.endsAt,
      pointsMultiplierPercent: DEMO_PAST_CAMPAIGN.pointsMultiplierPercent,
      createdAt,
      updatedAt: createdAt < now ? createdAt : now,
    };
    await this.content.insertCampaign(manager, campaign);
    return campaign;
  }

  private async insertPosts(manager: EntityManager, context: DemoHistoryContext, campaign: Campaign, publishedAt: Date[]): Promise<Post[]> {
    const posts: Post[] = [];
    for (const [index, demo] of DEMO_PAST_POSTS.entries()) {
      const at = publishedAt[index];
      const post = demoPostRow(demo, { organizationId: context.organization.id, campaignId: demo.campaign ? campaign.id : null, createdById: context.curatorId, publishedAt: at });
      await this.content.insertPost(manager, post);
      if (demo.team) await this.content.replaceTargets(manager, post, [context.teams.get(demo.team)!.id]);
      posts.push(post);
    }
    return posts;
  }

  /** A share its owner wrote, approved and scheduled, which the publisher then confirmed: each step a lifecycle transition at its time. */
  private async publishedShare(manager: EntityManager, organization: Organization, post: Post, campaign: Campaign | null, userId: string, connectionId: string, planned: PlannedShare): Promise<Share> {
    const network = 'linkedin';
    const finalText = this.compliance.finalText(organization, planned.commentary).text;
    const draft = draftShare({
      id: randomUUID(),
      organizationId: organization.id,
      userId,
      postId: post.id,
      connectionId,
      network,
      commentary: planned.commentary,
      finalText,
      ...trackedLinkFor(this.config.appUrl, { url: post.url, title: post.title, campaignName: campaign?.name ?? null }, network),
      title: post.title,
      description: post.description,
      demo: true,
      at: planned.createdAt,
    });
    let share = await this.shares.createDraft(manager, draft, userId);
    const hash = approvalHash({ network, connectionId, text: finalText, link: share.link });
    share = await this.shares.transition(
      manager,
      share,
      { type: 'approve', needsReview: false },
      { finalText, approvedAt: planned.approvedAt, approvedHash: hash, approvedById: userId, reviewNote: null },
      { actorId: userId, action: 'approve', at: planned.approvedAt, detail: { approvedHash: hash } },
    );
    const scheduledAt = new Date(planned.approvedAt.getTime() + 30_000);
    share = await this.shares.transition(manager, share, 'schedule', { scheduledAt: planned.publishedAt, slotted: false, lastError: null }, {
      actorId: userId,
      at: scheduledAt,
      detail: { scheduledAt: planned.publishedAt.toISOString(), slot: false, previous: null },
    });
    const attemptId = randomUUID();
    share = await this.shares.transition(
      manager,
      share,
      'claim',
      { attemptId, leaseExpiresAt: new Date(planned.publishedAt.getTime() + 120_000), attempts: 1, outcomeUnknown: false },
      { actorId: null, at: planned.publishedAt, detail: { attemptId, attempt: 1 } },
    );
    const externalId = `demo:${share.id}`;
    const publishedAt = new Date(planned.publishedAt.getTime() + 2_000);
    share = await this.shares.transition(
      manager,
      share,
      'publish_succeeded',
      { externalId, publishedAt, outcomeUnknown: false, leaseExpiresAt: null, lastError: null },
      { actorId: null, at: publishedAt, detail: { externalId, how: 'posted' } },
    );
    // As the publisher announces a confirmed publish: the points consumer awards it, engagement tracking skips demo shares.
    await this.outbox.append(manager, { type: SHARE_PUBLISHED, organizationId: organization.id, dedupeKey: share.id, payload: sharePublishedEvent(share), at: publishedAt });
    return share;
  }

  /**
   * The shares' clicks as the click recorder stores counted visits: a keyed hash per visitor,
   * no address or browser, the key random and forgotten (one per UTC day, as the recorder's).
   * Each sample click is a different visitor, so none is a repeat. Written a day at a time, as
   * flushes would have, so each share gets one `share.link_clicked` per day and the daily cap
   * on click points applies day by day.
   */
  private async recordClicks(manager: EntityManager, organization: Organization, shares: Share[], planned: PlannedShare[]): Promise<number> {
    const keys = new Map<string, Buffer>();
    const byDay = new Map<string, LinkClick[]>();
    let visitor = 0;
    for (const [index, share] of shares.entries()) {
      for (const clickedAt of planned[index].clicks) {
        const utcDay = clickedAt.toISOString().slice(0, 10);
        if (!keys.has(utcDay)) keys.set(utcDay, randomBytes(32));
        const visitorHash = createHmac('sha256', keys.get(utcDay)!).update(`sample visitor ${(visitor += 1)}`).digest('hex');
        const day = localDay(clickedAt, organization.timezone);
        byDay.set(day, [...(byDay.get(day) ?? []), { id: randomUUID(), organizationId: organization.id, shareId: share.id, visitorHash, clickedAt }]);
      }
    }
    let count = 0;
    for (const day of [...byDay.keys()].sort()) {
      const clicks = byDay.get(day)!.sort((a, b) => a.clickedAt.getTime() - b.clickedAt.getTime());
      await this.clicks.writeCounted(manager, clicks);
      count += clicks.length;
    }
    return count;
  }
}
