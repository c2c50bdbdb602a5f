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
import { Body } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { CurrentUser } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';
import { RateLimited } from '../http/rate-limits';
import { ActionRoute, ApiController, CreateRoute, DeleteRoute, GetRoute } from '../http/routes';

export class CheckComplianceDto {
  @ApiProperty({ description: 'The text as it would be posted (disclosure included); may be empty' })
  @IsString()
  // A little above the longest commentary plus disclosure, so a draft being typed is never refused.
  @MaxLength(5000, { message: 'text must be at most 5,000 characters' })
  text!: string;
}

@ApiController('compliance')
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly policies: PoliciesService,
  ) {}

  @GetRoute('compliance-rules', [ComplianceRuleResponse], { roles: [Role.Admin, Role.Reviewer] })
  listRules(@CurrentUser() actor: AuthUser): Promise<ComplianceRuleResponse[]> {
    return this.compliance.listRules(actor);
  }

  @CreateRoute('compliance-rules', ComplianceRuleResponse, { roles: [Role.Admin] })
  createRule(@CurrentUser() actor: AuthUser, @Body() dto: CreateComplianceRuleDto): Promise<ComplianceRuleResponse> {
    return this.compliance.createRule(actor, dto);
  }

  @DeleteRoute('compliance-rules/:id', 'Deleted', { roles: [Role.Admin] })
  deleteRule(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<void> {
    return this.compliance.deleteRule(actor, id);
  }

  /**
   * The same verdict approval would give, without approving: the composer shows it as the
   * employee types. Advisory only; approval checks again.
   */
  @ActionRoute('compliance/check', ComplianceVerdict)
  @RateLimited('compliance-check')
  check(@CurrentUser() actor: AuthUser, @Body() dto: CheckComplianceDto): Promise<ComplianceVerdict> {
    return this.compliance.evaluate(actor.organizationId, dto.text);
  }

  @GetRoute('policies', [PolicyVersionSummary], { roles: [Role.Admin] })
  policyHistory(@CurrentUser() actor: AuthUser): Promise<PolicyVersionSummary[]> {
    return this.policies.history(actor);
  }

  @GetRoute('policies/current', PolicyResponse)
  currentPolicy(@CurrentUser() actor: AuthUser): Promise<PolicyResponse> {
    return this.policies.current(actor);
  }

  @CreateRoute('policies', PolicyResponse, { roles: [Role.Admin] })
  publishPolicy(@CurrentUser() actor: AuthUser, @Body() dto: CreatePolicyDto): Promise<PolicyResponse> {
    return this.policies.publish(actor, dto);
  }

  @ActionRoute('policies/current/acknowledge', PolicyResponse)
  acknowledge(@CurrentUser() actor: AuthUser): Promise<PolicyResponse> {
    return this.policies.acknowledge(actor);
  }
}
