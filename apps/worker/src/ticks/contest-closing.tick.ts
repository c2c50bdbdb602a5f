import { BadgesService, ContestsService } from '@chorus/gamification';
import { tickOf } from './tick';

/**
 * Every minute: announces contests whose period began, closes contests whose period ended
 * (winners, bonus points, results) and awards the monthly top-10 badges of a month that ended,
 * each in the organisation's timezone. Closing is a claim (a conditional update or a unique
 * row), so several workers, or two runs at once, close each contest and month exactly once.
 */
export const ContestClosingTick = tickOf({
  name: 'ContestClosing',
  every: 60_000,
  uses: [ContestsService, BadgesService],
  run: async ([contests, badges]) => {
    await contests.announceStarted();
    await contests.closeDue();
    await badges.closeMonths();
  },
});
