import { ComplianceRuleResponse, ComplianceService, CreateComplianceRuleDto, CreatePolicyDto, PoliciesService, PolicyResponse } from '@chorus/compliance';
import { AuthUser, Role } from '@chorus/identity';
import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';

@ApiTags('compliance')
@ApiBearerAuth()
@Controller()
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly policies: PoliciesService,
  ) {}

  @Get('compliance-rules')
  @Roles(Role.Admin, Role.Reviewer)
  listRules(@CurrentUser() actor: AuthUser): Promise<ComplianceRuleResponse[]> {
    return this.compliance.listRules(actor);
  }

  @Post('compliance-rules')
  @Roles(Role.Admin)
  createRule(@CurrentUser() actor: AuthUser, @Body() dto: CreateComplianceRuleDto): Promise<ComplianceRuleResponse> {
    return this.compliance.createRule(actor, dto);
  }

  @Delete('compliance-rules/:id')
  @Roles(Role.Admin)
  @HttpCode(204)
  deleteRule(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<void> {
    return this.compliance.deleteRule(actor, id);
  }

  @Get('policies/current')
  currentPolicy(@CurrentUser() actor: AuthUser): Promise<PolicyResponse> {
    return this.policies.current(actor);
  }

  @Post('policies')
  @Roles(Role.Admin)
  publishPolicy(@CurrentUser() actor: AuthUser, @Body() dto: CreatePolicyDto): Promise<PolicyResponse> {
    return this.policies.publish(actor, dto);
  }

  @Post('policies/current/acknowledge')
  @HttpCode(200)
  acknowledge(@CurrentUser() actor: AuthUser): Promise<PolicyResponse> {
    return this.policies.acknowledge(actor);
  }
}
