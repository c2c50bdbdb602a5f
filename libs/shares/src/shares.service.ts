import { fieldProblem, type MessageParams, SHARE_WARNING_MESSAGES, userMessage, type UserMessage } from '@chorus/messages';
import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { blockedByRules, ComplianceService, PoliciesService } from '@chorus/compliance';
import { ContentRepository, Post } from '@chorus/content';
import { NETWORK_LIMITS, NetworkName } from '@chorus/networks';
import { Transactions } from '@chorus/db';
import { AuthUser, IdentityRepository, Organization, requireRole, Role, User } from '@chorus/identity';
import { NOTIFICATION_LINKS, NotificationsService } from '@chorus/notifications';
import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { approvalHash } from './approval-hash';
import { isOwnCommentary, nearDuplicates } from './commentary-similarity';
import { ShareAccount, ShareAccounts } from './share-accounts';
import { draftShare } from './share-draft';
import { ShareConflict } from './share-errors';
import { ShareEventInput, transition } from './share-state-machine';
import { ShareStatus } from './share-status';
import { Share } from './share.entity';
import { CreateShareDto, ScheduleShareDto, UpdateShareDto } from './shares.dto';
import { mapShare, SharePreview, ShareResponse, ShareWarning } from './share-responses';
import { PENDING_STATUSES, ShareChanges, SharesRepository } from './shares.repository';
import { nextFreeSlot } from './weekly-slots';
import { LinkClicksRepository } from './tracked-links/link-clicks.repository';
import { TrackedLinkFields, trackedLinkFor } from './tracked-links/tracked-link';

const NEAR_DUPLICATE_WINDOW_DAYS = 30;
const NEAR_DUPLICATE_THRESHOLD = 0.9;

/**
 * The employee's share flow: compose in their own words, approve exactly what will be
 * posted, schedule it. Every change is a state-machine transition with an audit entry.
 */
@Injectable()
export class SharesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clicks: LinkClicksRepository,
    private readonly accounts: ShareAccounts,
    private readonly repository: SharesRepository,
    private readonly content: ContentRepository,
    private readonly identity: IdentityRepository,
    private readonly policies: PoliciesService,
    private readonly compliance: ComplianceService,
    private readonly notifications: NotificationsService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser, status?: ShareStatus): Promise<ShareResponse[]> {
    const shares = await this.repository.listOwned(actor.organizationId, actor.id, status);
    const clicks = await this.clicks.clicksOf(shares.filter((s) => s.trackingCode && s.status === 'published').map((s) => s.id));
    return shares.map((share) => mapShare(share, this.preview(share), [], clicks.get(share.id) ?? 0));
  }

  async get(actor: AuthUser, id: string): Promise<ShareResponse> {
    const share = await this.mustOwn(actor, id);
    return this.respond(share);
  }

  async create(actor: AuthUser, dto: CreateShareDto): Promise<ShareResponse> {
    requireRole(actor, [Role.Employee], 'action.sharePosts');
    const now = this.clock.now();
    const post = await this.visiblePost(actor, dto.postId, now);
    const connection = await this.ownConnection(actor, dto.connectionId);
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const share = draftShare({
      id: randomUUID(),
      organizationId: actor.organizationId,
      userId: actor.id,
      postId: post.id,
      connectionId: connection.id,
      network: connection.network,
      commentary: dto.commentary,
      finalText: this.compliance.finalText(organization, dto.commentary).text,
      ...(await this.trackedLink(post, connection.network)),
      title: post.title,
      description: post.description,
      at: now,
    });
    const created = await this.transactions.run((manager) => this.repository.createDraft(manager, share, actor.id));
    return this.respond(created, post);
  }

  /** Any edit returns the share to draft: the old approval does not cover new words. */
  async edit(actor: AuthUser, id: string, dto: UpdateShareDto): Promise<ShareResponse> {
    const share = await this.mustOwn(actor, id);
    transition(share.status as ShareStatus, 'edit');
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const now = this.clock.now();
    const updated = await this.transactions.run((manager) =>
      this.repository.transition(manager, share, 'edit', { commentary: dto.commentary, finalText: this.compliance.finalText(organization, dto.commentary).text, ...CLEARED_APPROVAL }, {
        actorId: actor.id,
        at: now,
        detail: share.status === 'scheduled' ? { unscheduledFrom: share.scheduledAt?.toISOString() } : undefined,
      }),
    );
    return this.respond(updated);
  }

  /** The owner approves exactly what will be posted; rules may block it or ask for a review. */
  async approve(actor: AuthUser, id: string): Promise<ShareResponse> {
    const share = await this.mustOwn(actor, id);
    transition(share.status as ShareStatus, { type: 'approve', needsReview: false });
    await this.policies.assertAcknowledged(actor);
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const post = await this.content.findPost(actor.organizationId, share.postId);

    const final = this.compliance.finalText(organization, share.commentary);
    if (final.problem) throw new UnprocessableEntityException(final.problem);
    const limit = NETWORK_LIMITS[share.network as NetworkName];
    if (limit && limit.count(final.text) > limit.maxCharacters) {
      throw new UnprocessableEntityException(
        userMessage('share.tooLongWithDisclosure', { characters: limit.count(final.text), network: share.network, limit: limit.maxCharacters }),
      );
    }
    if (post?.requireOwnCommentary) {
      const own = isOwnCommentary(share.commentary, post.variants[share.network as NetworkName] ?? post.suggestedCommentary);
      if (!own.own) throw new UnprocessableEntityException(own.refusal ?? userMessage('share.ownWords.generic'));
    }
    const verdict = await this.compliance.evaluate(actor.organizationId, final.text);
    if (verdict.decision === 'block') throw new UnprocessableEntityException(blockedByRules(verdict));

    const now = this.clock.now();
    const hash = approvalHash({ network: share.network, connectionId: share.connectionId, text: final.text, link: share.link });
    const updated = await this.transactions.run(async (manager) => {
      const result = await this.repository.transition(
        manager,
        share,
        { type: 'approve', needsReview: verdict.decision === 'review' },
        { finalText: final.text, approvedAt: now, approvedHash: hash, approvedById: actor.id, reviewNote: null },
        { actorId: actor.id, action: 'approve', at: now, detail: { approvedHash: hash, ...(verdict.decision === 'review' ? { review: verdict.message } : {}) } },
      );
      if (verdict.decision === 'review') {
        // Every reviewer but the owner hears of it; each time the share enters review anew.
        await this.notifications.fanOut(
          manager,
          { organizationId: share.organizationId, role: Role.Reviewer, exceptUserIds: [share.userId] },
          {
            kind: 'review.requested',
            code: 'notification.reviewRequested',
            params: { ownerName: actor.name, postTitle: share.title ?? post?.title ?? '', reason: verdict.message, shareId: share.id },
            dedupeKey: `review-requested:${share.id}:${now.getTime()}`,
            link: NOTIFICATION_LINKS.reviews(),
          },
        );
      }
      return result;
    });
    return this.respond(updated, post ?? undefined);
  }

  async schedule(actor: AuthUser, id: string, dto: ScheduleShareDto): Promise<ShareResponse> {
    if ((dto.at === undefined) === (dto.slot === undefined)) {
      throw new BadRequestException(userMessage('share.atOrSlot'));
    }
    const share = await this.mustOwn(actor, id);
    const event: ShareEventInput = share.status === 'approved' ? 'schedule' : 'reschedule';
    transition(share.status as ShareStatus, event);
    const [post, connection, user, organization] = await Promise.all([
      this.content.findPost(actor.organizationId, share.postId),
      this.accounts.find(share.connectionId),
      this.identity.findUserById(actor.id),
      this.identity.findOrganization(actor.organizationId),
    ]);
    if (!post || !connection || !user || !organization) throw new NotFoundException(userMessage('share.notFound'));
    if (connection.status !== 'active') {
      throw new ConflictException(userMessage('share.reconnectToSchedule', { network: connection.network }));
    }
    const now = this.clock.now();
    const at = dto.at !== undefined ? new Date(dto.at) : await this.nextSlot(share, post, connection, user, organization, now);
    if (dto.at !== undefined) await this.assertSchedulable(share, post, connection, user, organization, at, now);

    const updated = await this.transactions.run((manager) =>
      this.repository.transition(manager, share, event, { scheduledAt: at, slotted: dto.slot === 'next', lastError: null }, {
        actorId: actor.id,
        at: now,
        detail: { scheduledAt: at.toISOString(), slot: dto.slot === 'next', previous: share.scheduledAt?.toISOString() ?? null },
      }),
    );
    return this.respond(updated, post);
  }

  async cancel(actor: AuthUser, id: string): Promise<ShareResponse> {
    const share = await this.mustOwn(actor, id);
    const now = this.clock.now();
    const updated = await this.transactions.run((manager) =>
      this.repository.transition(manager, share, 'cancel', { cancelledReason: 'You cancelled this share.', scheduledAt: null }, { actorId: actor.id, at: now }),
    );
    return this.respond(updated);
  }

  /** Scheduled tick: shares of expired posts leave, with a reason their owner can read. */
  async cancelSharesOfExpiredPosts(batch = 200): Promise<number> {
    const now = this.clock.now();
    const shares = await this.repository.pendingOfExpiredPosts(now, batch);
    let cancelled = 0;
    for (const share of shares) {
      const post = await this.content.findPost(share.organizationId, share.postId);
      const reason = `The post "${post?.title ?? 'this share came from'}" expired on ${post?.expiresAt?.toISOString() ?? 'its end date'}, so this share was cancelled before it went out.`;
      try {
        await this.transactions.run(async (manager) => {
          await this.repository.transition(manager, share, 'expire', { cancelledReason: reason, scheduledAt: null }, { actorId: null, at: now });
          await this.notifications.notify(
            {
              organizationId: share.organizationId,
              userId: share.userId,
              kind: 'share.expired',
              code: 'notification.shareExpired',
              params: { postTitle: post?.title ?? share.title ?? '', expiredAt: post?.expiresAt?.toISOString() ?? now.toISOString(), shareId: share.id },
              dedupeKey: `share-expired:${share.id}`,
              link: NOTIFICATION_LINKS.share(share.id),
            },
            manager,
          );
        });
        cancelled++;
      } catch (error) {
        // Someone moved the share meanwhile (published, edited): nothing left to expire.
        if (!(error instanceof ShareConflict)) throw error;
      }
    }
    return cancelled;
  }

  /** Offboarding: cancels everything not yet published, inside the deactivation's transaction. */
  async cancelPendingOfUser(manager: EntityManager, user: User, at: Date): Promise<void> {
    for (const share of await this.repository.pendingOfUser(manager, user.id)) {
      await this.repository.transition(manager, share, 'cancel', { cancelledReason: 'Cancelled because the account was deactivated.', scheduledAt: null }, {
        actorId: null,
        action: 'offboard',
        at,
      });
    }
  }

  private async assertSchedulable(share: Share, post: Post, connection: ShareAccount, user: User, organization: Organization, at: Date, now: Date): Promise<void> {
    if (at.getTime() <= now.getTime()) throw new UnprocessableEntityException(fieldProblem('at', 'share.timePassed', { requestedAt: at.toISOString() }));
    const window = this.windowProblem(post, at);
    if (window) throw new UnprocessableEntityException(window);
    if (at >= connection.expiresAt) {
      throw new UnprocessableEntityException(
        userMessage('share.connectionExpiresFirst', { network: connection.network, expiresAt: connection.expiresAt.toISOString() }),
      );
    }
    const day = await this.dailyLimitProblem(share, user, organization, at);
    if (day) throw new UnprocessableEntityException(day);
  }

  /** The next weekly slot that passes every rule; slots only ever receive approved shares. */
  private async nextSlot(share: Share, post: Post, connection: ShareAccount, user: User, organization: Organization, now: Date): Promise<Date> {
    if (user.weeklySlots.length === 0) {
      throw new UnprocessableEntityException(userMessage('share.noWeeklySlots'));
    }
    const horizon = new Date(now.getTime() + 8 * 7 * 24 * 3600 * 1000);
    const taken = (await this.repository.occupiedTimes(user.id, share.network, now, horizon, share.id)).map((s) => s.scheduledAt!).filter(Boolean);
    let after = post.publishAt && post.publishAt > now ? new Date(post.publishAt.getTime() - 1) : now;
    for (let tries = 0; tries < 100; tries++) {
      const candidate = nextFreeSlot({ slots: user.weeklySlots, timezone: user.timezone, after, taken });
      if (!candidate) break;
      if (post.expiresAt && candidate >= post.expiresAt) break;
      if (candidate < connection.expiresAt && !(await this.dailyLimitProblem(share, user, organization, candidate))) return candidate;
      after = candidate;
    }
    throw new UnprocessableEntityException(
      userMessage('share.noSlotFits'),
    );
  }

  private windowProblem(post: Post, at: Date): UserMessage | null {
    if (post.publishAt && at < post.publishAt) return userMessage('share.beforeWindow', { publishAt: post.publishAt.toISOString() });
    if (post.expiresAt && at >= post.expiresAt) return userMessage('share.afterWindow', { expiresAt: post.expiresAt.toISOString() });
    return null;
  }

  /** The organisation's daily limit per employee per network, counted in the employee's own day. */
  private async dailyLimitProblem(share: Share, user: User, organization: Organization, at: Date): Promise<UserMessage | null> {
    const local = DateTime.fromJSDate(at, { zone: user.timezone });
    const from = local.startOf('day').toJSDate();
    const to = local.plus({ days: 1 }).startOf('day').toJSDate();
    const sameDay = await this.repository.occupiedTimes(user.id, share.network, from, to, share.id);
    if (sameDay.length < organization.dailyShareLimit) return null;
    return userMessage('share.dailyLimit', { count: sameDay.length, network: share.network, day: local.toISODate() ?? '', limit: organization.dailyShareLimit });
  }

  private async visiblePost(actor: AuthUser, postId: string, now: Date): Promise<Post> {
    const post = await this.content.findPost(actor.organizationId, postId);
    const teams = post && !post.targetsEveryone ? await this.content.teamIdsOf([post.id]) : null;
    const myTeams = teams ? (await this.identity.teamsOfUser(actor.id)).map((t) => t.id) : [];
    const targeted = !teams || (teams.get(postId) ?? []).some((id) => myTeams.includes(id));
    if (!post || post.status !== 'published' || !targeted) throw new BadRequestException(fieldProblem('postId', 'share.postNotInFeed', { id: postId }));
    if (post.publishAt && post.publishAt > now) throw new BadRequestException(fieldProblem('postId', 'share.postNotYet', { publishAt: post.publishAt.toISOString() }));
    if (post.expiresAt && post.expiresAt <= now) throw new ConflictException(userMessage('share.postExpired', { expiresAt: post.expiresAt.toISOString() }));
    return post;
  }

  private async ownConnection(actor: AuthUser, connectionId: string): Promise<ShareAccount> {
    const connection = await this.accounts.ownedBy(actor.organizationId, actor.id, connectionId);
    if (!connection) throw new BadRequestException(fieldProblem('connectionId', 'share.unknownConnection', { id: connectionId }));
    if (connection.status !== 'active') {
      throw new ConflictException(userMessage('share.connectionNotActive', { network: connection.network, status: `connection.status.${connection.status.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}` }));
    }
    return connection;
  }

  private async mustOwn(actor: AuthUser, id: string): Promise<Share> {
    const share = await this.repository.findOwned(actor.organizationId, actor.id, id);
    if (!share) throw new NotFoundException(userMessage('share.notFound'));
    return share;
  }

  preview(share: Share): SharePreview {
    const limit = NETWORK_LIMITS[share.network as NetworkName] ?? NETWORK_LIMITS.linkedin;
    return {
      network: share.network,
      text: share.finalText,
      link: share.link,
      title: share.title,
      description: share.description,
      characters: limit.count(share.finalText),
      limit: limit.maxCharacters,
    };
  }

  /**
   * What a new share posts beside its text: for a post with a link, the share's own tracked link
   * (`APP_URL/r/<code>`), which leads on to the content with UTM parameters; the approval hash
   * covers it, so the owner approves the link that goes out (docs/architecture.md, "Tracked links").
   */
  private async trackedLink(post: Post, network: string): Promise<TrackedLinkFields> {
    if (!post.url) return trackedLinkFor(this.config.appUrl, { url: null, title: post.title, campaignName: null }, network);
    const campaign = post.campaignId ? await this.content.findCampaign(post.organizationId, post.campaignId) : null;
    return trackedLinkFor(this.config.appUrl, { url: post.url, title: post.title, campaignName: campaign?.name ?? null }, network);
  }

  /** A single share with the hints its owner should see while composing. */
  private async respond(share: Share, post?: Post): Promise<ShareResponse> {
    const preview = this.preview(share);
    if (share.status === 'published') {
      const clicks = share.trackingCode ? ((await this.clicks.clicksOf([share.id])).get(share.id) ?? 0) : 0;
      return mapShare(share, preview, [], clicks);
    }
    if (!PENDING_STATUSES.includes(share.status as ShareStatus) || share.status === 'failed') return mapShare(share, preview);
    const warnings: ShareWarning[] = [];
    post ??= (await this.content.findPost(share.organizationId, share.postId)) ?? undefined;
    if (preview.characters > preview.limit) {
      warnings.push(shareWarning('too_long', { characters: preview.characters, network: share.network, limit: preview.limit }));
    }
    if (post?.requireOwnCommentary) {
      const own = isOwnCommentary(share.commentary, post.variants[share.network as NetworkName] ?? post.suggestedCommentary);
      if (!own.own) warnings.push(shareWarning('not_own_words', refusalParams(own.refusal ?? userMessage('share.ownWords.generic'))));
    }
    const since = new Date(this.clock.now().getTime() - NEAR_DUPLICATE_WINDOW_DAYS * 24 * 3600 * 1000);
    const others = await this.repository.colleaguesSharesOf(share.postId, share.userId, since);
    if (nearDuplicates(share.commentary, others.map((o) => ({ id: o.id, text: o.commentary })), NEAR_DUPLICATE_THRESHOLD).length > 0) {
      warnings.push(shareWarning('near_duplicate'));
    }
    return mapShare(share, preview, warnings);
  }
}

const CLEARED_APPROVAL: ShareChanges = {
  approvedAt: null,
  approvedHash: null,
  approvedById: null,
  scheduledAt: null,
  slotted: false,
  lastError: null,
};

/** A composing hint: its kind, and the parameters of its sentence (SHARE_WARNING_MESSAGES names the sentence of each kind). */
function shareWarning(code: ShareWarning['code'], params: MessageParams = {}): ShareWarning {
  return { code, params, message: userMessage(SHARE_WARNING_MESSAGES[code], params).message };
}

/** `{@refusal}`: the refusal's own code and parameters. */
function refusalParams(refusal: UserMessage): MessageParams {
  return { refusal: refusal.code, ...refusal.params };
}
