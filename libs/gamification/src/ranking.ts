/**
 * Ranking, the same on every board and in contests:
 * - standard competition ranking ("1224"): people with equal points share a rank, and the
 *   next rank counts everyone above it (1, 2, 2, 4). A rank therefore always equals one plus
 *   the number of people with more points, which is how "my rank" is computed outside the
 *   top N, so the two never disagree.
 * - display order among equal points: whoever reached the total first (the earliest time
 *   of the latest points counted), then the user id, so the order is stable between reads.
 */

export interface Standing {
  userId: string;
  points: number;
  reachedAt: Date;
}

export type Ranked<T> = T & { rank: number };

export function compareStandings(a: Standing, b: Standing): number {
  if (a.points !== b.points) return b.points - a.points;
  const time = a.reachedAt.getTime() - b.reachedAt.getTime();
  if (time !== 0) return time;
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}

/**
 * Ranks a list already in board order that starts at the top (a top N read, or everyone):
 * because it is a prefix of the whole ordering, each rank is exact.
 */
export function rankInOrder<T extends { points: number }>(sorted: readonly T[]): Ranked<T>[] {
  const ranked: Ranked<T>[] = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    if (previous && previous.points < item.points) throw new RangeError('rankInOrder needs the list sorted by points, highest first.');
    ranked.push({ ...item, rank: previous && previous.points === item.points ? previous.rank : index + 1 });
  });
  return ranked;
}

/** Sorts into board order, then ranks. */
export function rankStandings<T extends Standing>(items: readonly T[]): Ranked<T>[] {
  return rankInOrder([...items].sort(compareStandings));
}
