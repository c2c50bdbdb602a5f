import { type MessageCode, userMessage, type UserMessage } from '@chorus/messages';
import { ShareConflict } from './share-errors';
import { LOCKED_SHARE_STATUSES, SHARE_STATUSES, ShareStatus } from './share-status';

/**
 * What can happen to a share. `reclaim` is the dispatcher taking over a `publishing` share
 * whose lease ran out; checking the lease is the caller's job.
 */
export const SHARE_EVENTS = [
  'edit',
  'approve',
  'review_approve',
  'review_reject',
  'schedule',
  'unschedule',
  'cancel',
  'reschedule',
  'claim',
  'reclaim',
  'publish_succeeded',
  'publish_retry',
  'publish_failed',
  'needs_reconnect',
  'resume',
  'expire',
] as const;

export type ShareEvent = (typeof SHARE_EVENTS)[number];

/** Approving needs the compliance guard's answer, so the caller must say whether a rule asked for review. */
export interface ApproveShareEvent {
  type: 'approve';
  needsReview: boolean;
}

export type ShareEventInput = Exclude<ShareEvent, 'approve'> | ApproveShareEvent;

export class IllegalShareTransitionError extends ShareConflict {
  constructor(
    readonly from: ShareStatus,
    readonly event: ShareEvent,
  ) {
    super(illegalTransitionMessage(from, event));
    this.name = 'IllegalShareTransitionError';
  }
}

/**
 * The whole lifecycle in one table; a missing entry is an illegal move. Every status change
 * goes through `SharesRepository.transition`, which asks this table for the next status. `approve` lists
 * `approved` and is redirected to `in_review` when the caller says a rule asked for review.
 * - Any edit before publishing starts returns the share to `draft` (and so unschedules it):
 *   the approval no longer covers the text.
 * - `failed` is a permanent rejection by the network: sending the same text again would fail
 *   again, so only an edit (then a new approval) or a cancel leads on from it.
 * - `needs_reconnect` keeps the approval: reconnecting the same member `resume`s the share
 *   (same connection row, so the approval hash still matches), or the owner reschedules it.
 * - Nothing changes once `publishing` has started except the attempt's own outcome.
 */
const TRANSITIONS: Readonly<Record<ShareStatus, Partial<Record<ShareEvent, ShareStatus>>>> = {
  draft: { edit: 'draft', approve: 'approved', cancel: 'cancelled', expire: 'cancelled' },
  in_review: {
    edit: 'draft',
    review_approve: 'approved',
    review_reject: 'draft',
    cancel: 'cancelled',
    expire: 'cancelled',
  },
  approved: {
    edit: 'draft',
    schedule: 'scheduled',
    needs_reconnect: 'needs_reconnect',
    cancel: 'cancelled',
    expire: 'cancelled',
  },
  scheduled: {
    edit: 'draft',
    unschedule: 'approved',
    reschedule: 'scheduled',
    claim: 'publishing',
    needs_reconnect: 'needs_reconnect',
    cancel: 'cancelled',
    expire: 'cancelled',
  },
  publishing: {
    reclaim: 'publishing',
    publish_succeeded: 'published',
    publish_retry: 'scheduled',
    publish_failed: 'failed',
    needs_reconnect: 'needs_reconnect',
  },
  published: {},
  failed: { edit: 'draft', cancel: 'cancelled', expire: 'cancelled' },
  needs_reconnect: { edit: 'draft', reschedule: 'scheduled', resume: 'scheduled', cancel: 'cancelled', expire: 'cancelled' },
  cancelled: {},
};

/** The next status, or an `IllegalShareTransitionError` whose message a person can read. */
export function transition(from: ShareStatus, event: ShareEventInput): ShareStatus {
  const name: ShareEvent = typeof event === 'string' ? event : event.type;
  const next = TRANSITIONS[from]?.[name];
  if (next === undefined) {
    if (!(SHARE_STATUSES as readonly string[]).includes(from)) {
      throw new TypeError(`"${String(from)}" is not a share status.`);
    }
    throw new IllegalShareTransitionError(from, name);
  }
  if (typeof event !== 'string' && event.type === 'approve') {
    if (typeof event.needsReview !== 'boolean') {
      throw new TypeError('Approving a share needs the compliance decision (needsReview true or false).');
    }
    return event.needsReview ? 'in_review' : next;
  }
  return next;
}

export function canTransition(from: ShareStatus, event: ShareEvent): boolean {
  return TRANSITIONS[from]?.[event] !== undefined;
}

/** Events legal from a status, in `SHARE_EVENTS` order; handy for what the UI offers. */
export function allowedShareEvents(from: ShareStatus): ShareEvent[] {
  return SHARE_EVENTS.filter((event) => canTransition(from, event));
}

/** Sentences tuned for the moves people actually try; everything else gets the general form. */
const HINTS: Partial<Record<`${ShareStatus}:${ShareEvent}`, MessageCode>> = {
  'in_review:approve': 'share.hint.reviewerDecides',
  'approved:approve': 'share.hint.alreadyApproved',
  'scheduled:approve': 'share.hint.alreadyApproved',
  'failed:approve': 'share.hint.editThenApprove',
  'needs_reconnect:approve': 'share.hint.stillApproved',
  'draft:schedule': 'share.hint.approveFirst',
  'in_review:schedule': 'share.hint.awaitReviewer',
  'scheduled:schedule': 'share.hint.rescheduleInstead',
  'failed:schedule': 'share.hint.editAndApproveAgain',
  'needs_reconnect:schedule': 'share.hint.reconnectThenReschedule',
  'draft:reschedule': 'share.hint.approveFirst',
  'approved:reschedule': 'share.hint.scheduleInstead',
  'failed:reschedule': 'share.hint.editAndApproveAgain',
  'approved:unschedule': 'share.hint.notScheduled',
  'cancelled:cancel': 'share.hint.nothingToCancel',
  'cancelled:expire': 'share.hint.nothingToCancel',
};

function illegalTransitionMessage(from: ShareStatus, event: ShareEvent): UserMessage {
  const status = `share.status.${camel(from)}`;
  const hint = HINTS[`${from}:${event}`];
  if (hint) return userMessage('share.transition.hint', { status, hint });
  const locked = LOCKED_SHARE_STATUSES.includes(from);
  return userMessage(locked ? 'share.transition.locked' : 'share.transition.notNow', { status, action: `share.action.${camel(event)}` });
}

/** `in_review` → `inReview`: message codes are camelCase. */
function camel(name: string): string {
  return name.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());
}
