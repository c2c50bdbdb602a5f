import { ShareConflict } from './share-errors';
import { describeShareStatus, LOCKED_SHARE_STATUSES, SHARE_STATUSES, ShareStatus } from './share-status';

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
const HINTS: Partial<Record<`${ShareStatus}:${ShareEvent}`, string>> = {
  'in_review:approve': 'a reviewer decides whether it is approved',
  'approved:approve': 'it is already approved',
  'scheduled:approve': 'it is already approved',
  'failed:approve': 'edit it first, then approve the new text',
  'needs_reconnect:approve': 'it is still approved, and reconnecting the same account resumes it',
  'draft:schedule': 'approve it before scheduling it',
  'in_review:schedule': 'it can be scheduled once a reviewer approves it',
  'scheduled:schedule': 'reschedule it to change the time',
  'failed:schedule': 'edit it and approve it again before scheduling it',
  'needs_reconnect:schedule': 'reconnecting the same account resumes it, or reschedule it',
  'draft:reschedule': 'approve it before scheduling it',
  'approved:reschedule': 'it is not scheduled yet, so schedule it instead',
  'failed:reschedule': 'edit it and approve it again before scheduling it',
  'approved:unschedule': 'it is not scheduled',
  'cancelled:cancel': 'there is nothing left to cancel',
  'cancelled:expire': 'there is nothing left to cancel',
};

function illegalTransitionMessage(from: ShareStatus, event: ShareEvent): string {
  const hint = HINTS[`${from}:${event}`];
  if (hint) return `${describeShareStatus(from)}; ${hint}.`;
  const finality = LOCKED_SHARE_STATUSES.includes(from) ? 'can no longer be' : 'cannot be';
  const now = LOCKED_SHARE_STATUSES.includes(from) ? '' : ' now';
  return `${describeShareStatus(from)}; it ${finality} ${EVENT_PARTICIPLES[event]}${now}.`;
}

const EVENT_PARTICIPLES: Readonly<Record<ShareEvent, string>> = {
  edit: 'edited',
  approve: 'approved',
  review_approve: 'approved by a reviewer',
  review_reject: 'sent back by a reviewer',
  schedule: 'scheduled',
  unschedule: 'unscheduled',
  cancel: 'cancelled',
  reschedule: 'rescheduled',
  claim: 'claimed for publishing',
  reclaim: 'reclaimed for publishing',
  publish_succeeded: 'marked as published',
  publish_retry: 'put back for another attempt',
  publish_failed: 'marked as failed',
  needs_reconnect: 'marked as needing a reconnect',
  resume: 'resumed after a reconnect',
  expire: 'expired',
};
