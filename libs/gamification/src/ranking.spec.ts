import { compareStandings, rankInOrder, rankStandings } from './ranking';

const at = (minute: number) => new Date(Date.UTC(2026, 3, 1, 0, minute));

describe('ranking', () => {
  it('uses competition ranking: ties share a rank and the next rank skips', () => {
    const ranked = rankInOrder([{ points: 50 }, { points: 40 }, { points: 40 }, { points: 30 }, { points: 30 }, { points: 30 }, { points: 10 }]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4, 4, 4, 7]);
  });

  it('orders ties by who reached the total first, then by user id, the same way every time', () => {
    const people = [
      { userId: 'c', points: 20, reachedAt: at(5) },
      { userId: 'b', points: 20, reachedAt: at(1) },
      { userId: 'a', points: 20, reachedAt: at(5) },
      { userId: 'd', points: 30, reachedAt: at(9) },
    ];
    const once = rankStandings(people);
    const again = rankStandings([...people].reverse());
    expect(once.map((r) => [r.userId, r.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['a', 2],
      ['c', 2],
    ]);
    expect(again).toEqual(once);
    expect(compareStandings(people[2], people[0])).toBeLessThan(0);
  });

  it('refuses a list that is not in board order', () => {
    expect(() => rankInOrder([{ points: 1 }, { points: 2 }])).toThrow(RangeError);
    expect(rankInOrder([])).toEqual([]);
  });
});
