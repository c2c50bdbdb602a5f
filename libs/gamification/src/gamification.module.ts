import { ContentModule } from '@chorus/content';
import { IdentityLifecycle, IdentityModule } from '@chorus/identity';
import { NotificationsModule } from '@chorus/notifications';
import { FeedService, SharesModule } from '@chorus/shares';
import { Module, OnModuleInit } from '@nestjs/common';
import { BadgesRepository } from './badges.repository';
import { BadgesService } from './badges.service';
import { ContestStartedNotificationsConsumer, ContestWinnerNotificationsConsumer } from './contest-notifications.consumer';
import { ContestsRepository } from './contests.repository';
import { ClickPointsConsumer } from './click-points.consumer';
import { EngagementPointsConsumer } from './engagement-points.consumer';
import { ContestsService } from './contests.service';
import { LeaderboardRepository } from './leaderboard.repository';
import { LeaderboardService } from './leaderboard.service';
import { LedgerRepository } from './ledger.repository';
import { PointsLedger } from './points-ledger.service';
import { PointsRulesRepository } from './points-rules.repository';
import { PointsRulesService } from './points-rules.service';
import { PointsService } from './points.service';
import { PublishedSharePointsConsumer } from './published-share-points.consumer';
import { RewardsRepository } from './rewards.repository';
import { RewardsService } from './rewards.service';
import { SharePointsService } from './share-points.service';

/** Points ledger, leaderboards, badges, contests and rewards. */
@Module({
  imports: [IdentityModule, ContentModule, SharesModule, NotificationsModule],
  providers: [
    LedgerRepository,
    LeaderboardRepository,
    BadgesRepository,
    PointsRulesRepository,
    ContestsRepository,
    RewardsRepository,
    PointsLedger,
    BadgesService,
    PointsRulesService,
    PointsService,
    SharePointsService,
    PublishedSharePointsConsumer,
    EngagementPointsConsumer,
    ClickPointsConsumer,
    ContestStartedNotificationsConsumer,
    ContestWinnerNotificationsConsumer,
    LeaderboardService,
    ContestsService,
    RewardsService,
  ],
  exports: [ContestsRepository, RewardsRepository, PointsLedger, BadgesService, PointsRulesService, PointsService, SharePointsService, LeaderboardService, ContestsService, RewardsService],
})
export class GamificationModule implements OnModuleInit {
  constructor(
    private readonly lifecycle: IdentityLifecycle,
    private readonly ledger: PointsLedger,
    private readonly feed: FeedService,
    private readonly sharePoints: SharePointsService,
  ) {}

  onModuleInit(): void {
    // Opting out, an admin's exclusion and offboarding take a user off every board at once.
    this.lifecycle.onUserUpdated((manager, user) => this.ledger.syncVisibility(manager, user.id));
    this.lifecycle.onDeactivated((manager, user) => this.ledger.syncVisibility(manager, user.id));
    // The feed card promises what a share would earn, counted as the ledger counts it.
    this.feed.usePointsEstimate((organizationId, posts, at) => this.sharePoints.promisedFor(organizationId, posts, at));
  }
}
