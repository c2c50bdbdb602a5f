import { cappedInteractionPoints, DEFAULT_POINTS_RULES, prizePoints, sharePoints } from './points-rules';

const SUGGESTED = 'We just opened our Surabaya office, closer to our customers in East Java. Proud to be part of this team!';

describe('points rules', () => {
  it('earns the rule’s points for a published share, or the post’s own value', () => {
    expect(sharePoints(DEFAULT_POINTS_RULES, { postPoints: null, commentary: SUGGESTED, suggestedText: SUGGESTED, multiplierPercent: 100 })).toEqual({
      published: 10,
      ownCommentary: 0,
    });
    expect(sharePoints(DEFAULT_POINTS_RULES, { postPoints: 20, commentary: SUGGESTED, suggestedText: SUGGESTED, multiplierPercent: 100 }).published).toBe(20);
    expect(sharePoints(DEFAULT_POINTS_RULES, { postPoints: 0, commentary: SUGGESTED, suggestedText: SUGGESTED, multiplierPercent: 100 }).published).toBe(0);
  });

  it('adds the bonus only when the commentary is the employee’s own words', () => {
    const own = 'I visited the new Surabaya office last week and met the customer success crew there in person.';
    expect(sharePoints(DEFAULT_POINTS_RULES, { postPoints: null, commentary: own, suggestedText: SUGGESTED, multiplierPercent: 100 }).ownCommentary).toBe(5);
    const padded = `${SUGGESTED} Great!`;
    expect(sharePoints(DEFAULT_POINTS_RULES, { postPoints: null, commentary: padded, suggestedText: SUGGESTED, multiplierPercent: 100 }).ownCommentary).toBe(0);
  });

  it('multiplies by the campaign, rounding to whole points', () => {
    const own = 'I visited the new Surabaya office last week and met the customer success crew there in person.';
    expect(sharePoints(DEFAULT_POINTS_RULES, { postPoints: 15, commentary: own, suggestedText: SUGGESTED, multiplierPercent: 150 })).toEqual({ published: 23, ownCommentary: 8 });
  });

  it('caps clicks and engagement per share and day', () => {
    expect(cappedInteractionPoints(1, 1, 20, 0)).toBe(1);
    expect(cappedInteractionPoints(2, 5, 20, 15)).toBe(5);
    expect(cappedInteractionPoints(2, 5, 20, 20)).toBe(0);
    expect(cappedInteractionPoints(2, 5, 20, 25)).toBe(0);
  });

  it('takes a contest prize’s own points, else the organisation’s rule for that place', () => {
    expect(prizePoints(DEFAULT_POINTS_RULES, 1, undefined)).toBe(100);
    expect(prizePoints(DEFAULT_POINTS_RULES, 2, 7)).toBe(7);
    expect(prizePoints(DEFAULT_POINTS_RULES, 4, undefined)).toBe(0);
  });
});
