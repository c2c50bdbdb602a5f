import { BadgesService, ContestsService } from '@chorus/gamification';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';

/**
 * Every minute: closes contests whose period ended (winners, bonus points, results) and
 * awards the monthly top-10 badges of a month that ended, each in the organisation's
 * timezone. Closing is a claim (a conditional update or a unique row), so several workers,
 * or two runs at once, close each contest and month exactly once.
 */
@Injectable()
export class ContestClosingTick implements OnApplicationShutdown {
  private readonly logger = new Logger('ContestClosing');
  private running: Promise<void> | null = null;

  constructor(
    private readonly contests: ContestsService,
    private readonly badges: BadgesService,
  ) {}

  @Interval('contest-closing', 60_000)
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        await this.contests.closeDue();
        await this.badges.closeMonths();
      } catch (error) {
        this.logger.error(`Closing contests failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.running;
  }
}
