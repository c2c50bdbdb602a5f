import {
  BadgeResponse,
  ContestResponse,
  ContestsService,
  CreateContestDto,
  LeaderboardQueryDto,
  LeaderboardResponse,
  LeaderboardService,
  MyPointsQueryDto,
  MyPointsResponse,
  PointsRulesResponse,
  PointsRulesService,
  PointsService,
  BadgesService,
  UpdatePointsRulesDto,
} from '@chorus/gamification';
import { AuthUser, Role } from '@chorus/identity';
import { Body, Query } from '@nestjs/common';
import { CurrentUser } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';
import { ApiController, CreateRoute, GetRoute, PatchRoute } from '../http/routes';

@ApiController('gamification')
export class GamificationController {
  constructor(
    private readonly leaderboards: LeaderboardService,
    private readonly points: PointsService,
    private readonly badges: BadgesService,
    private readonly rules: PointsRulesService,
    private readonly contests: ContestsService,
  ) {}

  @GetRoute('leaderboards', LeaderboardResponse)
  leaderboard(@CurrentUser() actor: AuthUser, @Query() query: LeaderboardQueryDto): Promise<LeaderboardResponse> {
    return this.leaderboards.board(actor, query);
  }

  @GetRoute('me/points', MyPointsResponse)
  myPoints(@CurrentUser() actor: AuthUser, @Query() query: MyPointsQueryDto): Promise<MyPointsResponse> {
    return this.points.mine(actor, query.limit);
  }

  @GetRoute('me/badges', [BadgeResponse], { description: 'Every badge, earned or not' })
  myBadges(@CurrentUser() actor: AuthUser): Promise<BadgeResponse[]> {
    return this.badges.mine(actor);
  }

  @GetRoute('points-rules', PointsRulesResponse)
  getRules(@CurrentUser() actor: AuthUser): Promise<PointsRulesResponse> {
    return this.rules.get(actor);
  }

  @PatchRoute('points-rules', PointsRulesResponse, { roles: [Role.Admin] })
  updateRules(@CurrentUser() actor: AuthUser, @Body() dto: UpdatePointsRulesDto): Promise<PointsRulesResponse> {
    return this.rules.update(actor, dto);
  }

  @GetRoute('contests', [ContestResponse])
  listContests(@CurrentUser() actor: AuthUser): Promise<ContestResponse[]> {
    return this.contests.list(actor);
  }

  @CreateRoute('contests', ContestResponse, { roles: [Role.Admin] })
  createContest(@CurrentUser() actor: AuthUser, @Body() dto: CreateContestDto): Promise<ContestResponse> {
    return this.contests.create(actor, dto);
  }

  @GetRoute('contests/:id', ContestResponse, { description: 'With live standings while open' })
  getContest(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ContestResponse> {
    return this.contests.get(actor, id);
  }
}
