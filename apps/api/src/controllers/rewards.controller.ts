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
import { Body, Query } from '@nestjs/common';
import { CurrentUser } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';
import { ActionRoute, ApiController, CreateRoute, GetRoute, PatchRoute } from '../http/routes';

@ApiController('rewards')
export class RewardsController {
  constructor(private readonly rewards: RewardsService) {}

  @GetRoute('rewards', [RewardResponse])
  list(@CurrentUser() actor: AuthUser): Promise<RewardResponse[]> {
    return this.rewards.list(actor);
  }

  @CreateRoute('rewards', RewardResponse, { roles: [Role.Admin] })
  create(@CurrentUser() actor: AuthUser, @Body() dto: CreateRewardDto): Promise<RewardResponse> {
    return this.rewards.create(actor, dto);
  }

  @PatchRoute('rewards/:id', RewardResponse, { roles: [Role.Admin] })
  update(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: UpdateRewardDto): Promise<RewardResponse> {
    return this.rewards.update(actor, id, dto);
  }

  @CreateRoute('rewards/:id/redeem', RedemptionResponse, { roles: [Role.Employee], description: 'Points and a unit of stock reserved; pending until an admin decides' })
  redeem(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<RedemptionResponse> {
    return this.rewards.redeem(actor, id);
  }

  @GetRoute('me/redemptions', [RedemptionResponse])
  mine(@CurrentUser() actor: AuthUser): Promise<RedemptionResponse[]> {
    return this.rewards.mine(actor);
  }

  @GetRoute('redemptions', [RedemptionResponse], { roles: [Role.Admin] })
  listForAdmin(@CurrentUser() actor: AuthUser, @Query() query: RedemptionsQueryDto): Promise<RedemptionResponse[]> {
    return this.rewards.listForAdmin(actor, query.status);
  }

  @ActionRoute('redemptions/:id/approve', RedemptionResponse, { roles: [Role.Admin] })
  approve(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: ApproveRedemptionDto): Promise<RedemptionResponse> {
    return this.rewards.approve(actor, id, dto.note);
  }

  @ActionRoute('redemptions/:id/reject', RedemptionResponse, { roles: [Role.Admin], description: 'Rejected; the points are refunded' })
  reject(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Body() dto: RejectRedemptionDto): Promise<RedemptionResponse> {
    return this.rewards.reject(actor, id, dto.note);
  }
}
