import {
  ApproveRedemptionDto,
  CreateRewardDto,
  RedemptionResponse,
  RedemptionsQueryDto,
  RejectRedemptionDto,
  RewardResponse,
  RewardsService,
  UpdateRewardDto,
} from '@chorus/gamification';
import { AuthUser, Role } from '@chorus/identity';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';

@ApiTags('rewards')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller()
export class RewardsController {
  constructor(private readonly rewards: RewardsService) {}

  @Get('rewards')
  @ApiOkResponse({ type: [RewardResponse] })
  list(@CurrentUser() actor: AuthUser): Promise<RewardResponse[]> {
    return this.rewards.list(actor);
  }

  @Post('rewards')
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: RewardResponse })
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateRewardDto): Promise<RewardResponse> {
    return this.rewards.create(actor, dto);
  }

  @Patch('rewards/:id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: RewardResponse })
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateRewardDto): Promise<RewardResponse> {
    return this.rewards.update(actor, id, dto);
  }

  @Post('rewards/:id/redeem')
  @Roles(Role.Employee)
  @ApiCreatedResponse({ type: RedemptionResponse, description: 'Points and a unit of stock reserved; pending until an admin decides' })
  redeem(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<RedemptionResponse> {
    return this.rewards.redeem(actor, id);
  }

  @Get('me/redemptions')
  @ApiOkResponse({ type: [RedemptionResponse] })
  mine(@CurrentUser() actor: AuthUser): Promise<RedemptionResponse[]> {
    return this.rewards.mine(actor);
  }

  @Get('redemptions')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: [RedemptionResponse] })
  listForAdmin(@CurrentUser() actor: AuthUser, @Query() query: RedemptionsQueryDto): Promise<RedemptionResponse[]> {
    return this.rewards.listForAdmin(actor, query.status);
  }

  @Post('redemptions/:id/approve')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiOkResponse({ type: RedemptionResponse })
  approve(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: ApproveRedemptionDto): Promise<RedemptionResponse> {
    return this.rewards.approve(actor, id, dto.note);
  }

  @Post('redemptions/:id/reject')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiOkResponse({ type: RedemptionResponse, description: 'Rejected; the points are refunded' })
  reject(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: RejectRedemptionDto): Promise<RedemptionResponse> {
    return this.rewards.reject(actor, id, dto.note);
  }
}
