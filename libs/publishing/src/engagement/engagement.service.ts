import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { OutboxEvent, OutboxRepository, Transactions } from '@chorus/db';
import { Share, SHARE_ENGAGEMENT_GREW, ShareEngagementGrewEvent, SharePublishedEvent, SharesRepository } from '@chorus/shares';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MemberAccessReader } from '../connections/member-access';
import { Engagement, RetryableNetworkError } from '../providers/network-provider';
import { NetworkProviders } from '../providers/network-providers';
import { firstReadAt, nextSlotAfter, retryAfterFailure } from './engagement-schedule';
import { EngagementSnapshot } from './engagement-snapshot.entity';
import { EngagementTracking } from './engagement-tracking.entity';
import { EngagementRepository, TrackingUpdate } from './engagement.repository';

export interface EngagementRunCounts {
  /** Reads that stored a snapshot. */
  read: number;
  /** Tries that failed and will be retried (or merged into the next read). */
  retried: number;
  /** Reads skipped: the connection is not active or the network refused its token. */
  skipped: number;
  /** Shares whose connection may not read engagement at all (tracking ends). */
  unsupported: number;
}

type ReadOutcome = keyof EngagementRunCounts | 'lost';

/** Longest error text kept on the schedule; the log has the rest. */
const ERROR_LIMIT = 500;

/**
 * Reads published shares' engagement on a schedule (docs/architecture.md, "Engagement"): the
 * `share.published` consumer starts tracking a share, and the worker's engagement tick calls
 * `runDue`, which claims a bounded batch of due reads and makes them one after the other.
 * Every read stores a snapshot; growth also writes a `share.engagement_grew` event for points.
 */
@Injectable()
export class EngagementService {
  private readonly logger = new Logger('Engagement');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly repository: EngagementRepository,
    private readonly shares: SharesRepository,
    private readonly access: MemberAccessReader,
    private readonly providers: NetworkProviders,
    private readonly clock: Clock,
  ) {}

  /** Starts the read schedule of shares announced by `share.published`, in the relay's transaction. */
  async trackPublished(manager: EntityManager, events: OutboxEvent[]): Promise<void> {
    const valid: { event: OutboxEvent; shareId: string; externalId: string; publishedAt: Date }[] = [];
    for (const event of events) {
      const payload = event.payload as Partial<SharePublishedEvent>;
      const publishedAt = new Date(payload.publishedAt ?? '');
      if (typeof payload.shareId !== 'string' || typeof payload.externalId !== 'string' || !payload.externalId || Number.isNaN(publishedAt.getTime())) {
        this.logger.warn(`Outbox event ${event.id} is not a valid share.published event; its engagement is not tracked.`);
        continue;
      }
      valid.push({ event, shareId: payload.shareId, externalId: payload.externalId, publishedAt });
    }
    // One read per organisation and one insert for the batch.
    const shares = new Map<string, Share>();
    for (const organizationId of [...new Set(valid.map((v) => v.event.organizationId))].sort()) {
      const ids = valid.filter((v) => v.event.organizationId === organizationId).map((v) => v.shareId);
      for (const share of await this.shares.findManyInOrganization(organizationId, ids, manager)) shares.set(`${organizationId} ${share.id}`, share);
    }
    const rows = new Map<string, EngagementTracking>();
    for (const { event, shareId, externalId, publishedAt } of valid) {
      const share = shares.get(`${event.organizationId} ${shareId}`);
      // The first event of a share wins, as when they were handled one by one. A demo share never
      // reached a network: there is nothing to read, and no token to read it with.
      if (!share || share.status !== 'published' || share.demo || rows.has(share.id)) continue;
      const slotAt = firstReadAt(publishedAt);
      rows.set(share.id, {
        shareId: share.id,
        organizationId: share.organizationId,
        connectionId: share.connectionId,
        network: share.network,
        externalId,
        publishedAt,
        status: 'tracking',
        slotAt,
        nextReadAt: slotAt,
        claimId: null,
        failures: 0,
        lastError: null,
        lastReadAt: null,
      });
    }
    await this.repository.startTracking(manager, [...rows.values()]);
  }

  /**
   * Claims up to `batchSize` due reads and makes them, one at a time. Never throws for a
   * network's failure: each read's outcome is recorded on its schedule.
   */
  async runDue(batchSize = this.config.engagement.batchSize): Promise<EngagementRunCounts> {
    const now = this.clock.now();
    const claimId = randomUUID();
    // The lease outlasts the requests of one read, so a worker that dies mid-read only delays it.
    const leaseUntil = new Date(now.getTime() + Math.max(60_000, 8 * this.config.publishing.requestTimeoutMs));
    const claimed = await this.transactions.run((manager) => this.repository.claimDue(manager, now, batchSize, leaseUntil, claimId));
    const counts: EngagementRunCounts = { read: 0, retried: 0, skipped: 0, unsupported: 0 };
    for (const tracking of claimed) {
      const outcome = await this.readOne(tracking, claimId);
      if (outcome !== 'lost') counts[outcome] += 1;
    }
    return counts;
  }

  snapshotsOf(organizationId: string, shareId: string): Promise<EngagementSnapshot[]> {
    return this.repository.snapshotsOf(organizationId, shareId);
  }

  latestOf(organizationId: string, shareId: string): Promise<EngagementSnapshot | null> {
    return this.repository.latestOf(organizationId, shareId);
  }

  trackingOf(organizationId: string, shareId: string): Promise<EngagementTracking | null> {
    return this.repository.trackingOf(organizationId, shareId);
  }

  private async readOne(tracking: EngagementTracking, claimId: string): Promise<ReadOutcome> {
    const access = await this.access.of(tracking.connectionId);
    if (!access) {
      // No token to read with: this read is skipped; reads go on at the next slot once reconnected.
      return this.skip(tracking, claimId, `The ${tracking.network} connection is not active; this read was skipped.`);
    }
    let engagement: Engagement | 'unsupported';
    try {
      engagement = await this.providers.get(tracking.network).readEngagement(access, tracking.externalId);
    } catch (error) {
      if (error instanceof RetryableNetworkError) return this.retry(tracking, claimId, error);
      // A token the network refuses (401/403), a post it no longer has, anything else: skip this read.
      return this.skip(tracking, claimId, error instanceof Error ? error.message : String(error));
    }
    if (engagement === 'unsupported') {
      const stopped = await this.transactions.run((manager) =>
        this.repository.updateClaimed(manager, tracking.shareId, claimId, { ...this.unchanged(tracking), status: 'unsupported', lastError: 'This connection may not read engagement.' }),
      );
      return stopped ? 'unsupported' : 'lost';
    }
    return this.store(tracking, claimId, engagement);
  }

  /** The snapshot, the next slot and (on growth) the points event, in one transaction. */
  private async store(tracking: EngagementTracking, claimId: string, engagement: Engagement): Promise<ReadOutcome> {
    const capturedAt = this.clock.now();
    const next = nextSlotAfter(tracking.publishedAt, capturedAt);
    const snapshot: EngagementSnapshot = {
      id: randomUUID(),
      organizationId: tracking.organizationId,
      shareId: tracking.shareId,
      network: tracking.network,
      reactions: count(engagement.reactions),
      comments: count(engagement.comments),
      reshares: count(engagement.reshares),
      impressions: engagement.impressions === null ? null : count(engagement.impressions),
      capturedAt,
    };
    return this.transactions.run(async (manager) => {
      const update: TrackingUpdate = next
        ? { status: 'tracking', slotAt: next, nextReadAt: next, failures: 0, lastError: null, lastReadAt: capturedAt }
        : { status: 'done', slotAt: tracking.slotAt, nextReadAt: tracking.slotAt, failures: 0, lastError: null, lastReadAt: capturedAt };
      if (!(await this.repository.updateClaimed(manager, tracking.shareId, claimId, update))) return 'lost';
      await this.recordSnapshot(manager, snapshot);
      return 'read';
    });
  }

  /**
   * Keeps a read's snapshot and, when it shows growth, the `share.engagement_grew` event for
   * points, in the caller's transaction. Snapshots of a share are recorded oldest first. The
   * demo seed records its sample reads through here too.
   */
  async recordSnapshot(manager: EntityManager, snapshot: EngagementSnapshot): Promise<void> {
    const highest = await this.repository.highestInteractions(manager, snapshot.shareId);
    await this.repository.insertSnapshot(manager, snapshot);
    // Growth past the highest total seen, so withdrawing and re-adding a reaction earns nothing.
    const units = snapshot.reactions + snapshot.comments + snapshot.reshares - highest;
    if (units <= 0) return;
    const payload: ShareEngagementGrewEvent = {
      shareId: snapshot.shareId,
      organizationId: snapshot.organizationId,
      snapshotId: snapshot.id,
      network: snapshot.network,
      units,
      capturedAt: snapshot.capturedAt.toISOString(),
    };
    await this.outbox.append(manager, { type: SHARE_ENGAGEMENT_GREW, organizationId: snapshot.organizationId, dedupeKey: snapshot.id, payload, at: snapshot.capturedAt });
  }

  /** 429, 5xx, timeouts: try again with backoff, keeping the slot; never past the next slot. */
  private async retry(tracking: EngagementTracking, claimId: string, error: RetryableNetworkError): Promise<ReadOutcome> {
    const now = this.clock.now();
    const failures = tracking.failures + 1;
    const plan = retryAfterFailure(tracking.publishedAt, tracking.slotAt, now, failures, this.config.engagement.retryBaseDelayMs, error.retryAfterMs);
    this.logger.warn(`Engagement read of share ${tracking.shareId} failed (${error.message}); ${plan ? `next try ${plan.at.toISOString()}` : 'tracking ends'}.`);
    const lastError = error.message.slice(0, ERROR_LIMIT);
    const update: TrackingUpdate = plan
      ? { status: 'tracking', slotAt: plan.retry ? tracking.slotAt : plan.at, nextReadAt: plan.at, failures, lastError }
      : { ...this.unchanged(tracking), status: 'done', failures, lastError };
    const updated = await this.transactions.run((manager) => this.repository.updateClaimed(manager, tracking.shareId, claimId, update));
    return updated ? 'retried' : 'lost';
  }

  /** This read is given up; the schedule goes on at the next slot (or ends after the last). */
  private async skip(tracking: EngagementTracking, claimId: string, reason: string): Promise<ReadOutcome> {
    const next = nextSlotAfter(tracking.publishedAt, this.clock.now());
    const lastError = reason.slice(0, ERROR_LIMIT);
    const update: TrackingUpdate = next
      ? { status: 'tracking', slotAt: next, nextReadAt: next, failures: 0, lastError }
      : { ...this.unchanged(tracking), status: 'done', lastError };
    const updated = await this.transactions.run((manager) => this.repository.updateClaimed(manager, tracking.shareId, claimId, update));
    return updated ? 'skipped' : 'lost';
  }

  private unchanged(tracking: EngagementTracking): TrackingUpdate {
    return { status: tracking.status, slotAt: tracking.slotAt, nextReadAt: tracking.slotAt, failures: tracking.failures, lastError: tracking.lastError };
  }
}

/** A count as stored: a whole number, never negative. */
function count(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}
