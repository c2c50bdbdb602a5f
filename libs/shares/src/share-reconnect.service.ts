import { ContentRepository, Post } from '@chorus/content';
import { IdentityRepository } from '@chorus/identity';
import { NotificationsService } from '@chorus/notifications';
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { ShareConflict } from './share-errors';
import { describeMoment, planResumption, PlacementShare, ResumeDecision } from './share-resumption';
import { Share } from './share.entity';
import { SharesRepository } from './shares.repository';

/** The account that was reconnected: the same row as before, with its new token's expiry. */
export interface ReconnectedAccount {
  id: string;
  organizationId: string;
  userId: string;
  network: string;
  expiresAt: Date;
}

export interface ResumeSummary {
  /** Resumed at the time they had. */
  kept: string[];
  moved: { shareId: string; at: Date }[];
  cancelled: { shareId: string; reason: string; cause: 'window_closed' | 'no_room' }[];
}

const NETWORK_LABELS: Record<string, string> = { linkedin: 'LinkedIn', x: 'X' };

/**
 * Shares and a lapsing account (docs/development.md, "Reconnecting"). When the network stops
 * taking the account's token, its scheduled shares wait (`needs_reconnect`) with their
 * approval; when the owner reconnects the same member, the connection row is reused, so the
 * approval hash still matches, and the waiting shares resume by themselves.
 */
@Injectable()
export class ShareReconnectService {
  constructor(
    private readonly repository: SharesRepository,
    private readonly content: ContentRepository,
    private readonly identity: IdentityRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** In the transaction that finds the account broken: every scheduled share on it waits. */
  async holdForReconnect(manager: EntityManager, connectionId: string, reason: string, at: Date): Promise<number> {
    let held = 0;
    for (const share of await this.repository.onConnection(manager, connectionId, 'scheduled')) {
      if (await this.attempt(() => this.repository.transition(manager, share, 'needs_reconnect', { lastError: reason }, { actorId: null, at, detail: { reason } }))) held++;
    }
    return held;
  }

  /**
   * In the reconnect's transaction: the account's waiting shares keep their time when it is
   * still ahead, move to the next free moment inside their post's window when it passed, or
   * are cancelled with the reason when the window has closed; the owner gets one notification
   * saying which. Waiting shares that never had a time stay as they are for the owner to schedule.
   */
  async resumeAfterReconnect(manager: EntityManager, account: ReconnectedAccount, actorId: string, at: Date): Promise<ResumeSummary> {
    const summary: ResumeSummary = { kept: [], moved: [], cancelled: [] };
    const waiting = (await this.repository.onConnection(manager, account.id, 'needs_reconnect')).filter((share) => share.scheduledAt !== null);
    if (waiting.length === 0) return summary;
    const [user, organization] = await Promise.all([this.identity.findUserById(account.userId), this.identity.findOrganization(account.organizationId)]);
    if (!user || !organization) return summary;
    const posts = new Map<string, Post | null>();
    for (const postId of new Set(waiting.map((share) => share.postId))) posts.set(postId, await this.content.findPost(account.organizationId, postId));

    const dayBefore = DateTime.fromJSDate(at, { zone: user.timezone }).startOf('day').minus({ days: 1 }).toJSDate();
    const occupied = (await this.repository.occupiedTimes(user.id, account.network, dayBefore, account.expiresAt, null, manager)).map((s) => s.publishedAt ?? s.scheduledAt!);
    const items = waiting.map((share): PlacementShare & { share: Share } => {
      const post = posts.get(share.postId) ?? null;
      // A post that is gone has no window left.
      return { share, scheduledAt: share.scheduledAt!, slotted: share.slotted, publishAt: post?.publishAt ?? null, expiresAt: post ? post.expiresAt : at };
    });
    const plan = planResumption(items, {
      now: at,
      connectionExpiresAt: account.expiresAt,
      timezone: user.timezone,
      dailyLimit: organization.dailyShareLimit,
      occupied,
      slots: user.weeklySlots,
    });

    for (const decision of plan) {
      const share = decision.share.share;
      const post = posts.get(share.postId) ?? null;
      const audit = { actorId, at };
      if (decision.action === 'keep' || decision.action === 'move') {
        const detail = { scheduledAt: decision.at.toISOString(), previous: share.scheduledAt!.toISOString(), moved: decision.action === 'move' };
        const done = await this.attempt(() => this.repository.transition(manager, share, 'resume', { scheduledAt: decision.at, lastError: null }, { ...audit, detail }));
        if (!done) continue;
        if (decision.action === 'keep') summary.kept.push(share.id);
        else summary.moved.push({ shareId: share.id, at: decision.at });
      } else {
        const reason = this.cancelReason(decision, post, account, organization.dailyShareLimit, user.timezone, at);
        const event = decision.cause === 'window_closed' ? 'expire' : 'cancel';
        const done = await this.attempt(() => this.repository.transition(manager, share, event, { cancelledReason: reason, scheduledAt: null }, { ...audit, detail: { reason } }));
        if (done) summary.cancelled.push({ shareId: share.id, reason, cause: decision.cause });
      }
    }

    const total = summary.kept.length + summary.moved.length + summary.cancelled.length;
    if (total > 0) {
      await this.notifications.notify(
        {
          organizationId: account.organizationId,
          userId: account.userId,
          kind: 'connection.reconnected',
          code: 'notification.connectionReconnected',
          params: { network: networkLabel(account.network), kept: summary.kept.length, moved: summary.moved.length, cancelled: summary.cancelled.length },
          dedupeKey: `connection-reconnected:${account.id}:${at.getTime()}`,
          link: '/shares',
        },
        manager,
      );
    }
    return summary;
  }

  private cancelReason(decision: ResumeDecision<unknown>, post: Post | null, account: ReconnectedAccount, dailyLimit: number, timezone: string, at: Date): string {
    if (!post) return 'The post this share came from is gone, so the share was cancelled.';
    const closes = post.expiresAt ?? account.expiresAt;
    if (decision.action === 'cancel' && decision.cause === 'window_closed') {
      return `The post "${post.title}" closed on ${describeMoment(closes, timezone)}, while this share waited for your ${networkLabel(account.network)} account to be reconnected, so it was cancelled.`;
    }
    const end = post.expiresAt && post.expiresAt < account.expiresAt ? `the post "${post.title}" closes on ${describeMoment(post.expiresAt, timezone)}` : `your connection expires on ${describeMoment(account.expiresAt, timezone)}`;
    return `No free moment was left after ${describeMoment(at, timezone)} before ${end} (your organisation allows ${dailyLimit} share(s) a day on each network), so this share was cancelled.`;
  }

  /** A share someone moved meanwhile (published, edited, cancelled) is left as it is. */
  private async attempt(move: () => Promise<unknown>): Promise<boolean> {
    try {
      await move();
      return true;
    } catch (error) {
      // Nothing reached the database: the conditional update matched no row.
      if (error instanceof ShareConflict) return false;
      throw error;
    }
  }
}

function networkLabel(network: string): string {
  return NETWORK_LABELS[network] ?? network;
}

/** One sentence: "Of the shares that waited: 1 resumed at its time; 2 moved to …; 1 cancelled because …". */
