import {
  allowedShareEvents,
  canTransition,
  IllegalShareTransitionError,
  SHARE_EVENTS,
  ShareEvent,
  ShareEventInput,
  transition,
} from './share-state-machine';
import { describeShareStatus, isFinalShareStatus, isShareStatus, SHARE_STATUSES, ShareStatus } from './share-status';

// The expected lifecycle written out independently of the implementation's table:
// one row per status, one column per event; `-` is an illegal move.
// `approve` is shown with needsReview = false; the review path is tested separately.
const EVENTS: ShareEvent[] = [
  'edit', 'approve', 'review_approve', 'review_reject', 'schedule', 'unschedule', 'cancel', 'reschedule',
  'claim', 'reclaim', 'publish_succeeded', 'publish_retry', 'publish_failed', 'needs_reconnect', 'resume', 'expire',
];
type Cell = ShareStatus | '-';
// prettier-ignore
const EXPECTED: Record<ShareStatus, Cell[]> = {
  //               edit     approve     r_approve   r_reject  schedule     unschedule  cancel       reschedule   claim         reclaim       succeeded    retry        failed    needs_reconnect    resume       expire
  draft:           ['draft', 'approved', '-',        '-',      '-',         '-',        'cancelled', '-',         '-',          '-',          '-',         '-',         '-',      '-',               '-',          'cancelled'],
  in_review:       ['draft', '-',        'approved', 'draft',  '-',         '-',        'cancelled', '-',         '-',          '-',          '-',         '-',         '-',      '-',               '-',          'cancelled'],
  approved:        ['draft', '-',        '-',        '-',      'scheduled', '-',        'cancelled', '-',         '-',          '-',          '-',         '-',         '-',      'needs_reconnect', '-',          'cancelled'],
  scheduled:       ['draft', '-',        '-',        '-',      '-',         'approved', 'cancelled', 'scheduled', 'publishing', '-',          '-',         '-',         '-',      'needs_reconnect', '-',          'cancelled'],
  publishing:      ['-',     '-',        '-',        '-',      '-',         '-',        '-',         '-',         '-',          'publishing', 'published', 'scheduled', 'failed', 'needs_reconnect', '-',          '-'],
  published:       ['-',     '-',        '-',        '-',      '-',         '-',        '-',         '-',         '-',          '-',          '-',         '-',         '-',      '-',               '-',          '-'],
  failed:          ['draft', '-',        '-',        '-',      '-',         '-',        'cancelled', '-',         '-',          '-',          '-',         '-',         '-',      '-',               '-',          'cancelled'],
  needs_reconnect: ['draft', '-',        '-',        '-',      '-',         '-',        'cancelled', 'scheduled', '-',          '-',          '-',         '-',         '-',      '-',               'scheduled', 'cancelled'],
  cancelled:       ['-',     '-',        '-',        '-',      '-',         '-',        '-',         '-',         '-',          '-',          '-',         '-',         '-',      '-',               '-',          '-'],
};

function input(event: ShareEvent, needsReview = false): ShareEventInput {
  return event === 'approve' ? { type: 'approve', needsReview } : event;
}

const cases = SHARE_STATUSES.flatMap((from) =>
  EVENTS.map((event, column) => ({ from, event, expected: EXPECTED[from][column] })),
);

describe('share state machine', () => {
  it('the expected table covers every status and every event', () => {
    expect([...EVENTS].sort()).toEqual([...SHARE_EVENTS].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...SHARE_STATUSES].sort());
    for (const row of Object.values(EXPECTED)) expect(row).toHaveLength(EVENTS.length);
    expect(cases).toHaveLength(SHARE_STATUSES.length * SHARE_EVENTS.length);
  });

  describe.each(cases.filter((c) => c.expected !== '-'))('$from --$event-->', ({ from, event, expected }) => {
    it(`goes to ${expected}`, () => {
      expect(transition(from, input(event))).toBe(expected);
      expect(canTransition(from, event)).toBe(true);
      expect(allowedShareEvents(from)).toContain(event);
    });
  });

  describe.each(cases.filter((c) => c.expected === '-'))('$from --$event-->', ({ from, event }) => {
    it('is refused with a sentence naming the current state', () => {
      let caught: unknown;
      try {
        transition(from, input(event));
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(IllegalShareTransitionError);
      const error = caught as IllegalShareTransitionError;
      expect(error.from).toBe(from);
      expect(error.event).toBe(event);
      expect(error.name).toBe('IllegalShareTransitionError');
      expect(error.message.startsWith(`${describeShareStatus(from)};`)).toBe(true);
      expect(error.message).toMatch(/^This share [^;]+; [a-z][^;]*\.$/);
      expect(canTransition(from, event)).toBe(false);
      expect(allowedShareEvents(from)).not.toContain(event);
    });
  });

  describe('approve', () => {
    it('goes to in_review when the caller says a rule asks for review', () => {
      expect(transition('draft', { type: 'approve', needsReview: true })).toBe('in_review');
      expect(transition('draft', { type: 'approve', needsReview: false })).toBe('approved');
    });

    it('is still refused outside draft even when review is needed', () => {
      expect(() => transition('approved', { type: 'approve', needsReview: true })).toThrow(IllegalShareTransitionError);
    });

    it('refuses an approve that lacks the compliance decision', () => {
      const sloppy = { type: 'approve' } as unknown as ShareEventInput;
      expect(() => transition('draft', sloppy)).toThrow(TypeError);
    });
  });

  describe('messages', () => {
    it.each<[ShareStatus, ShareEvent, string]>([
      ['published', 'edit', 'This share is published; it can no longer be edited.'],
      ['publishing', 'edit', 'This share is being published; it can no longer be edited.'],
      ['publishing', 'cancel', 'This share is being published; it can no longer be cancelled.'],
      ['cancelled', 'schedule', 'This share is cancelled; it can no longer be scheduled.'],
      ['cancelled', 'cancel', 'This share is cancelled; there is nothing left to cancel.'],
      ['draft', 'schedule', 'This share is a draft; approve it before scheduling it.'],
      ['in_review', 'schedule', 'This share is waiting for a compliance review; it can be scheduled once a reviewer approves it.'],
      ['approved', 'approve', 'This share is approved; it is already approved.'],
      ['scheduled', 'schedule', 'This share is scheduled; reschedule it to change the time.'],
      ['failed', 'reschedule', 'This share failed to publish; edit it and approve it again before scheduling it.'],
      ['draft', 'claim', 'This share is a draft; it cannot be claimed for publishing now.'],
      ['scheduled', 'resume', 'This share is scheduled; it cannot be resumed after a reconnect now.'],
      ['needs_reconnect', 'approve', 'This share is waiting for its account to be reconnected; it is still approved, and reconnecting the same account resumes it.'],
    ])('%s + %s', (from, event, message) => {
      expect(() => transition(from, input(event))).toThrow(message);
    });
  });

  it('lists no events for the final statuses', () => {
    expect(allowedShareEvents('published')).toEqual([]);
    expect(allowedShareEvents('cancelled')).toEqual([]);
    expect(isFinalShareStatus('published')).toBe(true);
    expect(isFinalShareStatus('failed')).toBe(false);
  });

  it('rejects an unknown status with a TypeError rather than a state sentence', () => {
    expect(() => transition('archived' as ShareStatus, 'edit')).toThrow(TypeError);
    expect(isShareStatus('archived')).toBe(false);
    expect(isShareStatus('needs_reconnect')).toBe(true);
  });
});
