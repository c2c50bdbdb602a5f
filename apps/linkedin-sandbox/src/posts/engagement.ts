import { createHash } from 'node:crypto';

export interface Engagement {
  likes: number;
  comments: number;
  reshares: number;
  impressions: number;
}

const DAY_MINUTES = 24 * 60;

/**
 * Engagement of a post at `now`: zero at creation, growing quickly for the first day and
 * levelling off over the following days, never decreasing. Deterministic: a per-post weight
 * (0.5 to 1.5, from the id) and the clock decide it, so tests can move time and know the figures.
 */
export function engagementAt(postId: string, createdAt: number, now: number): Engagement {
  const ageMinutes = Math.max(0, (now - createdAt) / 60_000);
  const reach = 1 - Math.exp(-ageMinutes / DAY_MINUTES);
  const weight = 0.5 + (createHash('sha256').update(postId).digest().readUInt32BE(0) % 1000) / 1000;
  const grow = (ceiling: number) => Math.floor(weight * ceiling * reach);
  return { likes: grow(40), comments: grow(8), reshares: grow(3), impressions: grow(1500) };
}
