import { userMessage } from '@chorus/messages';
import { ComplianceService } from '@chorus/compliance';
import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { AuthUser, IdentityRepository, requireRole, Role } from '@chorus/identity';
import { NOTIFICATION_LINKS, NotificationsService } from '@chorus/notifications';
import { Injectable, NotFoundException } from '@nestjs/common';
import { transition } from './share-state-machine';
import { ShareStatus } from './share-status';
import { mapShare, ReviewItemResponse, ShareResponse } from './share-responses';
import { ShareChanges, SharesRepository } from './shares.repository';
import { SharesService } from './shares.service';

/** Compliance reviewers decide on shares a `review` rule flagged. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly repository: SharesRepository,
    private readonly shares: SharesService,
    private readonly notifications: NotificationsService,
    private readonly identity: IdentityRepository,
    private readonly compliance: ComplianceService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async queue(actor: AuthUser): Promise<ReviewItemResponse[]> {
    requireRole(actor, [Role.Reviewer], 'action.reviewShares');
    const shares = await this.repository.listInReview(actor.organizationId);
    const owners = new Map((await this.identity.listUsers(actor.organizationId)).map((u) => [u.id, u.name]));
    // The rules as they are now: a reviewer decides on today's rules, and sees which words they hold.
    const verdicts = await this.compliance.evaluateAll(actor.organizationId, shares.map((s) => s.finalText));
    return shares.map((s, index) => ({ ...mapShare(s, this.shares.preview(s)), owner: { id: s.userId, name: owners.get(s.userId) ?? '' }, matches: verdicts[index].matches }));
  }

  async approve(actor: AuthUser, shareId: string, note?: string): Promise<ShareResponse> {
    requireRole(actor, [Role.Reviewer], 'action.reviewShares');
    return this.decide(actor, shareId, 'review_approve', note ?? null);
  }

  async reject(actor: AuthUser, shareId: string, note: string): Promise<ShareResponse> {
    requireRole(actor, [Role.Reviewer], 'action.reviewShares');
    return this.decide(actor, shareId, 'review_reject', note);
  }

  private async decide(actor: AuthUser, shareId: string, event: 'review_approve' | 'review_reject', note: string | null): Promise<ShareResponse> {
    const share = await this.repository.findInOrganization(actor.organizationId, shareId);
    if (!share) throw new NotFoundException(userMessage('share.notFound'));
    transition(share.status as ShareStatus, event);
    const now = this.clock.now();
    // A rejection withdraws the owner's approval: they must change the text and approve again.
    const changes: ShareChanges =
      event === 'review_approve'
        ? { reviewNote: note, reviewedById: actor.id, reviewedAt: now }
        : { reviewNote: note, reviewedById: actor.id, reviewedAt: now, approvedAt: null, approvedHash: null, approvedById: null };
    const approved = event === 'review_approve';
    const updated = await this.transactions.run(async (manager) => {
      const result = await this.repository.transition(manager, share, event, changes, { actorId: actor.id, at: now, detail: note ? { note } : undefined });
      await this.notifications.notify(
        {
          organizationId: share.organizationId,
          userId: share.userId,
          kind: 'review.decided',
          code: approved ? 'notification.reviewApproved' : 'notification.reviewRejected',
          params: { postTitle: share.title ?? '', note: note ?? '', reviewerName: actor.name, shareId: share.id },
          dedupeKey: `review:${share.id}:${now.getTime()}`,
          link: NOTIFICATION_LINKS.share(share.id),
        },
        manager,
      );
      return result;
    });
    return mapShare(updated, this.shares.preview(updated));
  }
}
