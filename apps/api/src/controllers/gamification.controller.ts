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
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';

@ApiTags('gamification')
@ApiBearerAuth()
@ApiErrorResponses()
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
  @ApiOkResponse({ type: LeaderboardResponse })
  leaderboard(@CurrentUser() actor: AuthUser, @Query() query: LeaderboardQueryDto): Promise<LeaderboardResponse> {
    return this.leaderboards.board(actor, query);
  }

  @Get('me/points')
  @ApiOkResponse({ type: MyPointsResponse })
  myPoints(@CurrentUser() actor: AuthUser, @Query() query: MyPointsQueryDto): Promise<MyPointsResponse> {
    return this.points.mine(actor, query.limit);
  }

  @Get('me/badges')
  @ApiOkResponse({ type: [BadgeResponse], description: 'Every badge, earned or not' })
  myBadges(@CurrentUser() actor: AuthUser): Promise<BadgeResponse[]> {
    return this.badges.mine(actor);
  }

  @Get('points-rules')
  @ApiOkResponse({ type: PointsRulesResponse })
  getRules(@CurrentUser() actor: AuthUser): Promise<PointsRulesResponse> {
    return this.rules.get(actor);
  }

  @Patch('points-rules')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: PointsRulesResponse })
  updateRules(@CurrentUser() actor: AuthUser, @Body() dto: UpdatePointsRulesDto): Promise<PointsRulesResponse> {
    return this.rules.update(actor, dto);
  }

  @Get('contests')
  @ApiOkResponse({ type: [ContestResponse] })
  listContests(@CurrentUser() actor: AuthUser): Promise<ContestResponse[]> {
    return this.contests.list(actor);
  }

  @Post('contests')
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: ContestResponse })
  createContest(@CurrentUser() actor: AuthUser, @Body() dto: CreateContestDto): Promise<ContestResponse> {
    return this.contests.create(actor, dto);
  }

  @Get('contests/:id')
  @ApiOkResponse({ type: ContestResponse, description: 'With live standings while open' })
  getContest(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ContestResponse> {
    return this.contests.get(actor, id);
  }
}
