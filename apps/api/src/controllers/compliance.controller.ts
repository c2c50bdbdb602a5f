import {
  ComplianceRuleResponse,
  ComplianceService,
  ComplianceVerdict,
  CreateComplianceRuleDto,
  CreatePolicyDto,
  PoliciesService,
  PolicyResponse,
  PolicyVersionSummary,
} from '@chorus/compliance';
import { AuthUser, Role } from '@chorus/identity';
import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';
import { RateLimited } from '../http/rate-limits';

export class CheckComplianceDto {
  @ApiProperty({ description: 'The text as it would be posted (disclosure included); may be empty' })
  @IsString()
  // A little above the longest commentary plus disclosure, so a draft being typed is never refused.
  @MaxLength(5000, { message: 'text must be at most 5,000 characters' })
  text!: string;
}

@ApiTags('compliance')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller()
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly policies: PoliciesService,
  ) {}

  @Get('compliance-rules')
  @Roles(Role.Admin, Role.Reviewer)
  @ApiOkResponse({ type: [ComplianceRuleResponse] })
  listRules(@CurrentUser() actor: AuthUser): Promise<ComplianceRuleResponse[]> {
    return this.compliance.listRules(actor);
  }

  @Post('compliance-rules')
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: ComplianceRuleResponse })
  createRule(@CurrentUser() actor: AuthUser, @Body() dto: CreateComplianceRuleDto): Promise<ComplianceRuleResponse> {
    return this.compliance.createRule(actor, dto);
  }

  @Delete('compliance-rules/:id')
  @Roles(Role.Admin)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteRule(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<void> {
    return this.compliance.deleteRule(actor, id);
  }

  /**
   * The same verdict approval would give, without approving: the composer shows it as the
   * employee types. Advisory only; approval checks again.
   */
  @Post('compliance/check')
  @HttpCode(200)
  @ApiOkResponse({ type: ComplianceVerdict })
  @RateLimited('compliance-check')
  check(@CurrentUser() actor: AuthUser, @Body() dto: CheckComplianceDto): Promise<ComplianceVerdict> {
    return this.compliance.evaluate(actor.organizationId, dto.text);
  }

  @Get('policies')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: [PolicyVersionSummary] })
  policyHistory(@CurrentUser() actor: AuthUser): Promise<PolicyVersionSummary[]> {
    return this.policies.history(actor);
  }

  @Get('policies/current')
  @ApiOkResponse({ type: PolicyResponse })
  currentPolicy(@CurrentUser() actor: AuthUser): Promise<PolicyResponse> {
    return this.policies.current(actor);
  }

  @Post('policies')
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: PolicyResponse })
  publishPolicy(@CurrentUser() actor: AuthUser, @Body() dto: CreatePolicyDto): Promise<PolicyResponse> {
    return this.policies.publish(actor, dto);
  }

  @Post('policies/current/acknowledge')
  @HttpCode(200)
  @ApiOkResponse({ type: PolicyResponse })
  acknowledge(@CurrentUser() actor: AuthUser): Promise<PolicyResponse> {
    return this.policies.acknowledge(actor);
  }
}
