import { DateTime } from 'luxon';
import { nextFreeSlot, WeeklySlot, zonedTimeToDate } from './weekly-slots';

/**
 * Where the shares that waited for a reconnect go (pure, so every rule is tested on its own).
 * A share whose time is still ahead keeps it; one whose time passed moves to the next free
 * moment inside its post's window; one whose window has closed, or that no moment fits any
 * more, is cancelled with a reason its owner can read. The rules are the ones scheduling
 * uses: the post's window, the connection's expiry, the organisation's shares per employee,
 * network and local day, and, for a share placed into a weekly slot, the owner's slots.
 */

/** What placement needs to know about the owner and their account, the same for every share. */
export interface PlacementContext {
  now: Date;
  /** The reconnected token runs out here: nothing may be placed at or after it. */
  connectionExpiresAt: Date;
  /** The owner's timezone: days (for the daily limit) and slots are theirs. */
  timezone: string;
  /** The organisation's shares per employee, network and local day. */
  dailyLimit: number;
  /** Instants held by the owner's other shares on this network (scheduled, publishing, published). */
  occupied: readonly Date[];
  slots: readonly WeeklySlot[];
}

/** A share's own part: its time and how it got it, and its post's window. */
export interface PlacementShare {
  scheduledAt: Date;
  /** Placed into a weekly slot rather than at a chosen time. */
  slotted: boolean;
  publishAt: Date | null;
  expiresAt: Date | null;
}

/** How far ahead the daily-limit walk looks; the connection's 60 days end it sooner. */
const MAX_DAYS_AHEAD = 400;

/**
 * The next free moment for a share whose time passed, or null when none is left in its
 * window. Free means: inside the post's window and before the connection expires, on a local
 * day that still has room under the daily limit, and, for a slotted share, an untaken slot
 * (falling back to the rule for chosen times when no slot fits the window). For a chosen time
 * that is now, or else the owner's original time of day on the next day with room (that
 * day's first minute if the window closes earlier): a missed 09:00 post never lands at 03:00.
 */
export function nextFreeMoment(share: PlacementShare, context: PlacementContext): Date | null {
  const start = share.publishAt && share.publishAt > context.now ? share.publishAt : context.now;
  const end = earliest(share.expiresAt, context.connectionExpiresAt);
  if (start >= end) return null;
  const hasRoom = (at: Date) => hasRoomOn(at, context);

  if (share.slotted && context.slots.length > 0) {
    let after = new Date(start.getTime() - 1);
    for (let tries = 0; tries < 200; tries++) {
      const slot = nextFreeSlot({ slots: context.slots, timezone: context.timezone, after, taken: context.occupied });
      if (!slot || slot >= end) break;
      if (hasRoom(slot)) return slot;
      after = slot;
    }
  }

  if (hasRoom(start)) return start;
  const original = DateTime.fromJSDate(share.scheduledAt, { zone: context.timezone });
  let day = DateTime.fromJSDate(start, { zone: context.timezone }).startOf('day');
  for (let days = 0; days < MAX_DAYS_AHEAD; days++) {
    day = day.plus({ days: 1 }).startOf('day');
    const dayStart = day.toJSDate();
    if (dayStart >= end) return null;
    const atTime = zonedTimeToDate(context.timezone, { year: day.year, month: day.month, day: day.day, hour: original.hour, minute: original.minute });
    const candidate = atTime < end ? atTime : dayStart;
    if (hasRoom(candidate)) return candidate;
  }
  return null;
}

/** The share may keep its time: still ahead, inside its window, and its day still has room. */
export function keepsItsTime(share: PlacementShare, context: PlacementContext): boolean {
  const at = share.scheduledAt;
  if (at <= context.now) return false;
  if (share.publishAt && at < share.publishAt) return false;
  if (at >= earliest(share.expiresAt, context.connectionExpiresAt)) return false;
  return hasRoomOn(at, context);
}

export type ResumeDecision<T> =
  | { share: T; action: 'keep'; at: Date }
  | { share: T; action: 'move'; at: Date }
  | { share: T; action: 'cancel'; cause: 'window_closed' | 'no_room' };

/**
 * Decides for every waiting share at once, so that they count against each other's days:
 * shares keeping their time claim theirs first, then the others are placed, earliest first.
 */
export function planResumption<T extends PlacementShare>(shares: readonly T[], context: PlacementContext): ResumeDecision<T>[] {
  const occupied = [...context.occupied];
  const current = (): PlacementContext => ({ ...context, occupied });
  const ordered = [...shares].sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  const decisions = new Map<T, ResumeDecision<T>>();
  for (const share of ordered) {
    if (!keepsItsTime(share, current())) continue;
    decisions.set(share, { share, action: 'keep', at: share.scheduledAt });
    occupied.push(share.scheduledAt);
  }
  for (const share of ordered) {
    if (decisions.has(share)) continue;
    if (share.expiresAt && share.expiresAt <= context.now) {
      decisions.set(share, { share, action: 'cancel', cause: 'window_closed' });
      continue;
    }
    const at = nextFreeMoment(share, current());
    if (at) {
      decisions.set(share, { share, action: 'move', at });
      occupied.push(at);
    } else {
      decisions.set(share, { share, action: 'cancel', cause: 'no_room' });
    }
  }
  return shares.map((share) => decisions.get(share)!);
}

/** "Mon 3 Nov 2025, 09:00 (Asia/Jakarta)": a moment as its owner reads it. */
export function describeMoment(at: Date, timezone: string): string {
  return `${DateTime.fromJSDate(at, { zone: timezone }).setLocale('en-GB').toFormat('ccc d LLL yyyy, HH:mm')} (${timezone})`;
}

function hasRoomOn(at: Date, context: PlacementContext): boolean {
  const local = DateTime.fromJSDate(at, { zone: context.timezone });
  const from = local.startOf('day').toMillis();
  const to = local.plus({ days: 1 }).startOf('day').toMillis();
  const sameDay = context.occupied.filter((time) => time.getTime() >= from && time.getTime() < to).length;
  return sameDay < context.dailyLimit;
}

function earliest(a: Date | null, b: Date): Date {
  return a && a < b ? a : b;
}
