import { describeMoment, keepsItsTime, nextFreeMoment, PlacementContext, PlacementShare, planResumption } from './share-resumption';

// Wednesday 5 November 2025, 14:00 in Jakarta (UTC+7, no daylight saving).
const NOW = new Date('2025-11-05T07:00:00.000Z');
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const jakarta = (local: string) => new Date(`${local}+07:00`);

function context(overrides: Partial<PlacementContext> = {}): PlacementContext {
  return {
    now: NOW,
    connectionExpiresAt: new Date(NOW.getTime() + 60 * DAY),
    timezone: 'Asia/Jakarta',
    dailyLimit: 3,
    occupied: [],
    slots: [],
    ...overrides,
  };
}

function share(overrides: Partial<PlacementShare> = {}): PlacementShare {
  // Missed this morning at 09:00 Jakarta time.
  return { scheduledAt: jakarta('2025-11-05T09:00:00'), slotted: false, publishAt: null, expiresAt: null, ...overrides };
}

describe('nextFreeMoment', () => {
  it('is now when the missed share chose its time and today has room', () => {
    expect(nextFreeMoment(share(), context())).toEqual(NOW);
  });

  it('moves to the next day with room, at the time of day the owner chose', () => {
    const busyToday = [jakarta('2025-11-05T08:00:00'), jakarta('2025-11-05T16:00:00'), jakarta('2025-11-05T20:00:00')];
    const busyTomorrow = [jakarta('2025-11-06T01:00:00'), jakarta('2025-11-06T02:00:00'), jakarta('2025-11-06T23:59:00')];
    expect(nextFreeMoment(share(), context({ occupied: busyToday }))).toEqual(jakarta('2025-11-06T09:00:00'));
    expect(nextFreeMoment(share(), context({ occupied: [...busyToday, ...busyTomorrow] }))).toEqual(jakarta('2025-11-07T09:00:00'));
  });

  it('counts days in the owner timezone, not UTC', () => {
    // 23:30 UTC on the 4th is already the 5th in Jakarta, and 17:30 UTC on the 5th is the 6th.
    const occupied = [new Date('2025-11-04T23:30:00Z'), new Date('2025-11-05T10:00:00Z'), new Date('2025-11-05T17:30:00Z')];
    expect(nextFreeMoment(share(), context({ occupied, dailyLimit: 2 }))).toEqual(jakarta('2025-11-06T09:00:00'));
  });

  it('waits for the window to open', () => {
    const publishAt = jakarta('2025-11-08T10:00:00');
    expect(nextFreeMoment(share({ publishAt }), context())).toEqual(publishAt);
  });

  it('takes the first minute of a day whose window closes before the chosen time of day', () => {
    const occupied = [jakarta('2025-11-05T08:00:00'), jakarta('2025-11-05T16:00:00'), jakarta('2025-11-05T20:00:00')];
    const expiresAt = jakarta('2025-11-06T06:00:00');
    expect(nextFreeMoment(share({ expiresAt }), context({ occupied }))).toEqual(jakarta('2025-11-06T00:00:00'));
  });

  it('is null when no day with room is left before the window closes or the connection expires', () => {
    const occupied = [jakarta('2025-11-05T08:00:00'), jakarta('2025-11-05T16:00:00'), jakarta('2025-11-05T20:00:00')];
    expect(nextFreeMoment(share({ expiresAt: jakarta('2025-11-05T23:00:00') }), context({ occupied }))).toBeNull();
    expect(nextFreeMoment(share(), context({ occupied, connectionExpiresAt: jakarta('2025-11-06T00:00:00') }))).toBeNull();
    expect(nextFreeMoment(share({ expiresAt: NOW }), context())).toBeNull();
  });

  it('puts a slotted share into the next untaken slot on a day with room', () => {
    const slots = [
      { weekday: 3, time: '09:00' }, // Wednesday: already past today
      { weekday: 4, time: '09:00' }, // Thursday: taken
      { weekday: 5, time: '12:30' }, // Friday: its day is full
      { weekday: 6, time: '10:00' }, // Saturday: free
    ];
    const occupied = [jakarta('2025-11-06T09:00:00'), jakarta('2025-11-07T07:00:00'), jakarta('2025-11-07T08:00:00')];
    expect(nextFreeMoment(share({ slotted: true }), context({ slots, occupied, dailyLimit: 2 }))).toEqual(jakarta('2025-11-08T10:00:00'));
  });

  it('falls back to the next free moment when no slot fits the window', () => {
    const slots = [{ weekday: 1, time: '09:00' }];
    expect(nextFreeMoment(share({ slotted: true, expiresAt: jakarta('2025-11-09T00:00:00') }), context({ slots }))).toEqual(NOW);
  });
});

describe('keepsItsTime', () => {
  it('keeps a time still ahead, inside the window, on a day with room', () => {
    const ahead = share({ scheduledAt: jakarta('2025-11-07T09:00:00') });
    expect(keepsItsTime(ahead, context())).toBe(true);
    expect(keepsItsTime(share(), context())).toBe(false);
    expect(keepsItsTime({ ...ahead, expiresAt: jakarta('2025-11-07T08:00:00') }, context())).toBe(false);
    expect(keepsItsTime(ahead, context({ dailyLimit: 1, occupied: [jakarta('2025-11-07T20:00:00')] }))).toBe(false);
    expect(keepsItsTime(ahead, context({ connectionExpiresAt: jakarta('2025-11-07T09:00:00') }))).toBe(false);
  });
});

describe('planResumption', () => {
  it('keeps future times, moves missed ones, cancels shares whose window closed', () => {
    const future = share({ scheduledAt: jakarta('2025-11-10T09:00:00') });
    const missed = share();
    const closed = share({ scheduledAt: jakarta('2025-11-04T09:00:00'), expiresAt: jakarta('2025-11-05T12:00:00') });
    expect(planResumption([future, missed, closed], context())).toEqual([
      { share: future, action: 'keep', at: future.scheduledAt },
      { share: missed, action: 'move', at: NOW },
      { share: closed, action: 'cancel', cause: 'window_closed' },
    ]);
  });

  it('counts the shares it places against each other, kept ones first', () => {
    const missedEarly = share({ scheduledAt: jakarta('2025-11-05T08:00:00') });
    const missedLate = share({ scheduledAt: jakarta('2025-11-05T11:15:00') });
    const laterToday = share({ scheduledAt: jakarta('2025-11-05T18:00:00') });
    const closesTonight = share({ scheduledAt: jakarta('2025-11-05T12:00:00'), expiresAt: jakarta('2025-11-05T23:00:00') });
    const plan = planResumption([missedLate, closesTonight, laterToday, missedEarly], context({ dailyLimit: 2 }));
    expect(plan).toEqual([
      { share: missedLate, action: 'move', at: jakarta('2025-11-06T11:15:00') },
      { share: closesTonight, action: 'cancel', cause: 'no_room' },
      { share: laterToday, action: 'keep', at: laterToday.scheduledAt },
      { share: missedEarly, action: 'move', at: NOW },
    ]);
  });
});

it('describes a moment in the owner timezone', () => {
  expect(describeMoment(jakarta('2025-11-06T09:00:00'), 'Asia/Jakarta')).toBe('Thu 6 Nov 2025, 09:00 (Asia/Jakarta)');
});
