import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { OutboxRepository, Transactions } from '@chorus/db';
import { JobQueue } from '@chorus/jobs';
import type { MessageParams, NotificationCode } from '@chorus/messages';
import { networkName, NOTIFICATION_LINKS, NotificationKind, NotificationsService } from '@chorus/notifications';
import { approvalHash, Share, ShareChangedConcurrently, SHARE_PUBLISHED, sharePublishedEvent, ShareReconnectService, SharesRepository } from '@chorus/shares';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConnectionsRepository } from '../connections/connections.repository';
import { MemberAccessReader } from '../connections/member-access';
import { DuplicatePostError, MemberAccess, PermanentRejectionError, PublishRequest, RetryableNetworkError, TokenRejectedError } from '../providers/network-provider';
import { NetworkProviders } from '../providers/network-providers';

type Outcome =
  | { kind: 'published'; externalId: string; how: 'posted' | 'found' | 'duplicate' }
  | { kind: 'retry'; reason: string; outcomeUnknown: boolean }
  | { kind: 'reconnect'; reason: string }
  | { kind: 'failed'; reason: string };

/** What an attempt's start found: something to send, or an outcome without sending. */
type AttemptStart = { share: Share; access: MemberAccess; mayExist: boolean } | { share: Share; outcome: Outcome };

/**
 * Exactly-once publishing (docs/operations.md, "Publishing, exactly once"). The database holds
 * every schedule; a claim (`SharesRepository.claimDueForDispatch`) gives a share an attempt id
 * and a lease; a job carries only (share, attempt) and drops itself when stale; before sending
 * again after an attempt that may have reached the network, the provider is asked whether the
 * post exists. Every status change is a `SharesRepository.transition`.
 */
@Injectable()
export class PublishingService {
  private readonly logger = new Logger('Publishing');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly shares: SharesRepository,
    private readonly connections: ConnectionsRepository,
    private readonly access: MemberAccessReader,
    private readonly reconnects: ShareReconnectService,
    private readonly jobs: JobQueue,
    private readonly providers: NetworkProviders,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** The dispatcher tick: claims due shares and expired leases, then enqueues one job each. */
  async dispatch(batchSize = 100): Promise<number> {
    const claims = await this.transactions.run((manager) =>
      this.shares.claimDueForDispatch(manager, {
        now: this.clock.now(),
        limit: batchSize,
        leaseMs: this.config.publishing.leaseSeconds * 1000,
        dailyLimitOf: (network) => this.providers.get(network).limits.memberDailyPosts,
      }),
    );
    for (const claim of claims) {
      // The job id makes a duplicate enqueue of the same attempt a no-op.
      await this.jobs.add('publishing.publish', claim, { jobId: `${claim.shareId}.${claim.attemptId}` });
    }
    return claims.length;
  }

  /** One publish attempt. Safe to run twice: a stale or finished attempt does nothing. */
  async attempt(shareId: string, attemptId: string): Promise<void> {
    const start = await this.transactions.run((manager) => this.start(manager, shareId, attemptId));
    if (!start) return;
    if ('outcome' in start) return this.finish(start.share, start.outcome);
    const { share, access, mayExist } = start;
    const request: PublishRequest = {
      ...access,
      text: share.finalText,
      link: share.link,
      title: share.title,
      description: share.description,
    };
    const outcome = await this.send(share, request, mayExist);
    await this.finish(share, outcome);
  }

  /**
   * The attempt's start, in one transaction: the share as it is now (nothing when the attempt
   * is stale), the checks that decide whether anything may be sent, the member's token and,
   * unless an earlier try of this attempt may have reached the network already, the record that
   * one may now: if this process dies while sending, the next attempt looks first.
   */
  private async start(manager: EntityManager, shareId: string, attemptId: string): Promise<AttemptStart | null> {
    const share = await this.shares.findById(shareId, manager);
    if (!share || share.status !== 'publishing' || share.attemptId !== attemptId) return null;
    // Demo history is born published and is never sent anywhere (the dispatcher never claims it either).
    if (share.demo) return null;

    // The invariant: only exactly what the owner approved goes out.
    const hash = approvalHash({ network: share.network, connectionId: share.connectionId, text: share.finalText, link: share.link });
    if (!share.approvedHash || hash !== share.approvedHash || share.approvedById !== share.userId) {
      return {
        share,
        outcome: { kind: 'failed', reason: 'The text differs from what its owner approved, so nothing was posted. Edit the share and approve it again.' },
      };
    }
    const access = await this.access.of(share.connectionId, manager);
    if (!access) {
      return { share, outcome: { kind: 'reconnect', reason: `The ${share.network} connection is no longer active; reconnect it and reschedule.` } };
    }
    const mayExist = share.outcomeUnknown;
    if (!mayExist) {
      if (!(await this.shares.markOutcomeUnknown(manager, share.id, attemptId))) return null;
      share.outcomeUnknown = true;
    }
    return { share, access, mayExist };
  }

  private async send(share: Share, request: PublishRequest, mayExist: boolean): Promise<Outcome> {
    const provider = this.providers.get(share.network);
    try {
      if (mayExist) {
        const existing = await provider.findExisting(request, share.approvedAt ?? share.createdAt);
        if (existing && existing !== 'unsupported') return { kind: 'published', externalId: existing.externalId, how: 'found' };
      }
      const { externalId } = await provider.publish(request);
      return { kind: 'published', externalId, how: 'posted' };
    } catch (error) {
      if (error instanceof DuplicatePostError) {
        // After an attempt that may have gone through, the duplicate is ours. Otherwise the
        // member posted this exact text before, and LinkedIn will not take it twice.
        return mayExist
          ? { kind: 'published', externalId: error.existingId, how: 'duplicate' }
          : { kind: 'failed', reason: `LinkedIn refused this text as a duplicate of an earlier post (${error.existingId}). Change the words and approve again.` };
      }
      if (error instanceof RetryableNetworkError) return { kind: 'retry', reason: error.message, outcomeUnknown: mayExist || error.outcomeUnknown };
      if (error instanceof TokenRejectedError) return { kind: 'reconnect', reason: error.message };
      if (error instanceof PermanentRejectionError) return { kind: 'failed', reason: error.message };
      this.logger.error(`Unexpected error publishing share ${share.id}: ${(error as Error).stack ?? String(error)}`);
      return { kind: 'retry', reason: 'An unexpected error interrupted publishing; trying again.', outcomeUnknown: true };
    }
  }

  /**
   * The attempt's outcome, in one transaction. `share` is as the attempt's start read it: the
   * transition moves it only if it has not changed since (`SharesRepository.transition`), so an
   * attempt that lost its share meanwhile (its lease ran out and the dispatcher reclaimed it)
   * writes nothing.
   */
  private async finish(share: Share, outcome: Outcome): Promise<void> {
    try {
      await this.transactions.run((manager) => this.record(manager, share, outcome));
    } catch (error) {
      if (error instanceof ShareChangedConcurrently && error.shareId === share.id) return;
      throw error;
    }
  }

  private async record(manager: EntityManager, current: Share, outcome: Outcome): Promise<void> {
    const now = this.clock.now();
    const audit = { actorId: null, at: now };
    switch (outcome.kind) {
      case 'published': {
        const published = await this.shares.transition(
          manager,
          current,
          'publish_succeeded',
          { externalId: outcome.externalId, publishedAt: now, outcomeUnknown: false, leaseExpiresAt: null, lastError: null },
          { ...audit, detail: { externalId: outcome.externalId, how: outcome.how } },
        );
        await this.recordPublished(manager, published);
        await this.tell(manager, published, 'share.published', 'notification.sharePublished', {}, this.providers.get(published.network).postUrl(outcome.externalId));
        return;
      }
      case 'retry': {
        if (current.attempts >= this.config.publishing.maxAttempts) {
          const reason = `Gave up after ${current.attempts} attempts. Last problem: ${outcome.reason}`;
          await this.shares.transition(manager, current, 'publish_failed', { lastError: reason, leaseExpiresAt: null }, { ...audit, detail: { reason } });
          await this.tell(manager, current, 'share.failed', 'notification.shareFailed', { reason });
          return;
        }
        const next = new Date(now.getTime() + this.backoffMs(current.attempts));
        await this.shares.transition(
          manager,
          current,
          'publish_retry',
          { scheduledAt: next, lastError: outcome.reason, outcomeUnknown: outcome.outcomeUnknown, leaseExpiresAt: null, attemptId: null },
          { ...audit, detail: { reason: outcome.reason, retryAt: next.toISOString() } },
        );
        return;
      }
      case 'reconnect': {
        await this.shares.transition(manager, current, 'needs_reconnect', { lastError: outcome.reason, leaseExpiresAt: null }, { ...audit, detail: { reason: outcome.reason } });
        await this.connections.markNeedsReconnect(manager, current.connectionId, now);
        // The account is broken for every share on it, not only this one: they all wait.
        await this.reconnects.holdForReconnect(manager, current.connectionId, outcome.reason, now);
        await this.tell(manager, current, 'share.needsReconnect', 'notification.shareNeedsReconnect', { reason: outcome.reason });
        return;
      }
      case 'failed': {
        await this.shares.transition(manager, current, 'publish_failed', { lastError: outcome.reason, leaseExpiresAt: null }, { ...audit, detail: { reason: outcome.reason } });
        await this.tell(manager, current, 'share.failed', 'notification.shareFailed', { reason: outcome.reason });
        return;
      }
    }
  }


  /** Exponential backoff with jitter, so a burst of failures does not retry in lockstep. */
  private backoffMs(attempts: number): number {
    const base = this.config.publishing.retryBaseDelayMs * 2 ** Math.max(0, attempts - 1);
    return Math.round(base / 2 + Math.random() * (base / 2));
  }

  private async recordPublished(manager: EntityManager, share: Share): Promise<void> {
    await this.outbox.append(manager, { type: SHARE_PUBLISHED, organizationId: share.organizationId, dedupeKey: share.id, payload: sharePublishedEvent(share), at: share.publishedAt! });
  }

  /** Tells the owner, once per attempt; the link is the share's page unless given (the live post). */
  private tell(manager: EntityManager, share: Share, kind: NotificationKind, code: NotificationCode, params: MessageParams, link?: string): Promise<boolean> {
    return this.notifications.notify(
      {
        organizationId: share.organizationId,
        userId: share.userId,
        kind,
        code,
        params: { network: networkName(share.network), postTitle: share.title ?? '', shareId: share.id, ...params },
        dedupeKey: `${kind}:${share.id}:${share.attemptId}`,
        link: link ?? NOTIFICATION_LINKS.share(share.id),
      },
      manager,
    );
  }

}
