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
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';

@ApiTags('gamification')
@ApiBearerAuth()
@Controller()
export class GamificationController {
  constructor(
    private readonly leaderboards: LeaderboardService,
    private readonly points: PointsService,
    private readonly badges: BadgesService,
    private readonly rules: PointsRulesService,
    private readonly contests: ContestsService,
  ) {}

  @Get('leaderboards')
  leaderboard(@CurrentUser() actor: AuthUser, @Query() query: LeaderboardQueryDto): Promise<LeaderboardResponse> {
    return this.leaderboards.board(actor, query);
  }

  @Get('me/points')
  myPoints(@CurrentUser() actor: AuthUser, @Query() query: MyPointsQueryDto): Promise<MyPointsResponse> {
    return this.points.mine(actor, query.limit);
  }

  @Get('me/badges')
  myBadges(@CurrentUser() actor: AuthUser): Promise<BadgeResponse[]> {
    return this.badges.mine(actor);
  }

  @Get('points-rules')
  getRules(@CurrentUser() actor: AuthUser): Promise<PointsRulesResponse> {
    return this.rules.get(actor);
  }

  @Patch('points-rules')
  @Roles(Role.Admin)
  updateRules(@CurrentUser() actor: AuthUser, @Body() dto: UpdatePointsRulesDto): Promise<PointsRulesResponse> {
    return this.rules.update(actor, dto);
  }

  @Get('contests')
  listContests(@CurrentUser() actor: AuthUser): Promise<ContestResponse[]> {
    return this.contests.list(actor);
  }

  @Post('contests')
  @Roles(Role.Admin)
  createContest(@CurrentUser() actor: AuthUser, @Body() dto: CreateContestDto): Promise<ContestResponse> {
    return this.contests.create(actor, dto);
  }

  @Get('contests/:id')
  getContest(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ContestResponse> {
    return this.contests.get(actor, id);
  }
}
