import { ENGAGEMENT_READ_OFFSETS_MS } from '@chorus/publishing';
import { DateTime } from 'luxon';
import { DEMO_PAST_CAMPAIGN, DEMO_PAST_POSTS, DemoSharer } from './demo-content';

/**
 * The demo organisation's sample history as a plan: when each past post came out, who shared
 * it when, the clicks its link got, how its engagement grew read by read, and the conversions
 * the site reported. A pure function of the day it is seeded on (in the organisation's
 * timezone) and a fixed seed, so every first start on the same day seeds the same figures.
 * Everything happens before that day begins: nothing counts against today's share limit, and
 * the figures do not depend on the hour of the first start.
 */

/** The seed of the sample history's random choices; changing it changes every figure. */
export const DEMO_HISTORY_SEED = 20_260_401;
/** How far back the history reaches: every share is published within these days before the first start. */
export const DEMO_HISTORY_DAYS = 28;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface PlannedSnapshot {
  capturedAt: Date;
  impressions: number;
  reactions: number;
  comments: number;
  reshares: number;
}

export interface PlannedShare {
  sharer: DemoSharer;
  /** Index into DEMO_PAST_POSTS. */
  post: number;
  commentary: string;
  createdAt: Date;
  approvedAt: Date;
  publishedAt: Date;
  /** Each a different visitor, oldest first. */
  clicks: Date[];
  /** Lifetime totals at each read of the engagement schedule before the history ends, oldest first; they only grow. */
  snapshots: PlannedSnapshot[];
}

export interface PlannedConversion {
  /** Index into `shares`. */
  share: number;
  kind: 'lead' | 'signup' | 'application';
  valueMinor: number | null;
  at: Date;
}

export interface DemoHistoryPlan {
  /** When the history ends: the start of the day it is seeded on. Nothing is planned at or after it. */
  end: Date;
  /** When each past post was published, by its index. */
  postsPublishedAt: Date[];
  campaign: { startsAt: Date; endsAt: Date };
  shares: PlannedShare[];
  conversions: PlannedConversion[];
}

/** mulberry32: a small, fast PRNG whose sequence is fixed by its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function planDemoHistory(now: Date, timezone: string, seed = DEMO_HISTORY_SEED): DemoHistoryPlan {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + random() * (high - low);
  const whole = (low: number, high: number) => Math.floor(between(low, high + 1));
  const today = DateTime.fromJSDate(now, { zone: timezone }).startOf('day');
  const end = today.toJSDate();
  const dayStart = (daysAgo: number) => today.minus({ days: daysAgo });
  const before = (at: Date) => at.getTime() < end.getTime();

  const postsPublishedAt = DEMO_PAST_POSTS.map((post) => dayStart(post.daysAgo).set({ hour: 9 }).toJSDate());
  const campaign = {
    startsAt: dayStart(DEMO_PAST_CAMPAIGN.startsDaysAgo).toJSDate(),
    endsAt: dayStart(DEMO_PAST_CAMPAIGN.endsDaysAgo).toJSDate(),
  };

  const shares: PlannedShare[] = [];
  for (const [index, post] of DEMO_PAST_POSTS.entries()) {
    for (const [sharer, commentary] of Object.entries(post.sharedBy) as [DemoSharer, string][]) {
      // Within three days of the post, between 09:30 and 20:00, and before the history ends.
      const lastDelay = Math.min(3, post.daysAgo - 1);
      const day = dayStart(post.daysAgo - whole(0, lastDelay));
      const publishedAt = day.plus({ minutes: whole(9 * 60 + 30, 20 * 60) }).toJSDate();
      const createdAt = new Date(Math.max(postsPublishedAt[index].getTime() + 5 * MINUTE, publishedAt.getTime() - whole(30, 180) * MINUTE));
      const approvedAt = new Date(Math.min(createdAt.getTime() + whole(2, 20) * MINUTE, publishedAt.getTime() - MINUTE));
      const boost = post.campaign ? 1.6 : 1;

      // Most visits come in the first day or two, fewer after.
      const clicks: Date[] = [];
      const visits = Math.round(whole(4, 32) * boost);
      for (let visit = 0; visit < visits; visit++) {
        const at = new Date(publishedAt.getTime() + Math.round(-Math.log(1 - random() * 0.999) * 20 * HOUR));
        if (before(at)) clicks.push(at);
      }
      clicks.sort((a, b) => a.getTime() - b.getTime());

      // Lifetime totals approach their final values as the post ages, read at the schedule's slots.
      const impressions = Math.round(between(250, 2200) * boost);
      const reactions = Math.round(impressions * between(0.015, 0.045));
      const comments = Math.round(reactions * between(0.08, 0.25));
      const reshares = Math.round(reactions * between(0.02, 0.1));
      const snapshots: PlannedSnapshot[] = [];
      for (const offset of ENGAGEMENT_READ_OFFSETS_MS) {
        const capturedAt = new Date(publishedAt.getTime() + offset);
        if (!before(capturedAt)) break;
        const grown = 1 - Math.exp(-offset / (1.25 * DAY));
        snapshots.push({
          capturedAt,
          impressions: Math.floor(impressions * grown),
          reactions: Math.floor(reactions * grown),
          comments: Math.floor(comments * grown),
          reshares: Math.floor(reshares * grown),
        });
      }
      shares.push({ sharer, post: index, commentary, createdAt, approvedAt, publishedAt, clicks, snapshots });
    }
  }
  shares.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());

  // About one visitor in forty leaves their details, a little after arriving.
  const conversions: PlannedConversion[] = [];
  for (const [index, share] of shares.entries()) {
    const kind = DEMO_PAST_POSTS[share.post].conversionKind;
    for (const click of share.clicks) {
      if (random() >= 1 / 40) continue;
      const at = new Date(click.getTime() + whole(3, 40) * MINUTE);
      if (before(at)) conversions.push({ share: index, kind, valueMinor: kind === 'lead' ? whole(2, 12) * 25_000 : null, at });
    }
  }
  conversions.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { end, postsPublishedAt, campaign, shares, conversions };
}

/** The local day (YYYY-MM-DD) of an instant. */
export function localDay(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;
}
