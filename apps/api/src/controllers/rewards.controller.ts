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
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';

@ApiTags('rewards')
@ApiBearerAuth()
@Controller()
export class RewardsController {
  constructor(private readonly rewards: RewardsService) {}

  @Get('rewards')
  list(@CurrentUser() actor: AuthUser): Promise<RewardResponse[]> {
    return this.rewards.list(actor);
  }

  @Post('rewards')
  @Roles(Role.Admin)
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateRewardDto): Promise<RewardResponse> {
    return this.rewards.create(actor, dto);
  }

  @Patch('rewards/:id')
  @Roles(Role.Admin)
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateRewardDto): Promise<RewardResponse> {
    return this.rewards.update(actor, id, dto);
  }

  @Post('rewards/:id/redeem')
  @Roles(Role.Employee)
  redeem(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<RedemptionResponse> {
    return this.rewards.redeem(actor, id);
  }

  @Get('me/redemptions')
  mine(@CurrentUser() actor: AuthUser): Promise<RedemptionResponse[]> {
    return this.rewards.mine(actor);
  }

  @Get('redemptions')
  @Roles(Role.Admin)
  listForAdmin(@CurrentUser() actor: AuthUser, @Query() query: RedemptionsQueryDto): Promise<RedemptionResponse[]> {
    return this.rewards.listForAdmin(actor, query.status);
  }

  @Post('redemptions/:id/approve')
  @HttpCode(200)
  @Roles(Role.Admin)
  approve(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: ApproveRedemptionDto): Promise<RedemptionResponse> {
    return this.rewards.approve(actor, id, dto.note);
  }

  @Post('redemptions/:id/reject')
  @HttpCode(200)
  @Roles(Role.Admin)
  reject(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: RejectRedemptionDto): Promise<RedemptionResponse> {
    return this.rewards.reject(actor, id, dto.note);
  }
}
