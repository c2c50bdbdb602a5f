import { BadgesService, ContestsService } from '@chorus/gamification';
import { Injectable } from '@nestjs/common';
import { Tick } from './tick';

/**
 * Every minute: announces contests whose period began, closes contests whose period ended (winners, bonus points, results) and
 * awards the monthly top-10 badges of a month that ended, each in the organisation's
 * timezone. Closing is a claim (a conditional update or a unique row), so several workers,
 * or two runs at once, close each contest and month exactly once.
 */
@Injectable()
export class ContestClosingTick extends Tick {
  constructor(
    private readonly contests: ContestsService,
    private readonly badges: BadgesService,
  ) {
    super('ContestClosing', 60_000);
  }

  protected async run(): Promise<void> {
    await this.contests.announceStarted();
    await this.contests.closeDue();
    await this.badges.closeMonths();
  }
}
