import { type FieldMessage, userMessage, type UserMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { AuditTrail, AuthUser, Organization, requireRole, Role } from '@chorus/identity';
import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { COMPLIANCE_ACTIONS, COMPLIANCE_CATEGORIES, ComplianceAction, ComplianceCategory, ComplianceRule } from './compliance-rule';
import { ComplianceRuleEntity } from './compliance-rule.entity';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceRuleResponse, ComplianceVerdict } from './compliance-responses';
import { ComplianceMatcher, describeBlock, describeMatch, InvalidCompliancePatternError, parsePattern } from './compliance-matcher';
import { DEFAULT_COMPLIANCE_RULES } from './default-compliance-rules';
import { applyDisclosure } from './disclosure';

export class CreateComplianceRuleDto {
  @ApiProperty({ example: 'internal only', description: 'A word, a phrase, or /regex/flags (flags i, m, s, u; run on RE2, so no lookarounds, backreferences or possessive quantifiers)' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  pattern!: string;

  @ApiProperty({ enum: COMPLIANCE_CATEGORIES })
  @IsIn(COMPLIANCE_CATEGORIES, { message: `category must be one of ${COMPLIANCE_CATEGORIES.join(', ')}` })
  category!: ComplianceCategory;

  @ApiProperty({ enum: COMPLIANCE_ACTIONS })
  @IsIn(COMPLIANCE_ACTIONS, { message: `action must be one of ${COMPLIANCE_ACTIONS.join(', ')}` })
  action!: ComplianceAction;
}

/** The organisation's compliance rules and required disclosure, applied to every approval. */
@Injectable()
export class ComplianceService {
  private readonly logger = new Logger('Compliance');
  /** Rules already reported as skipped, so the log says it once per rule and process. */
  private readonly reportedSkips = new Set<string>();

  constructor(
    private readonly repository: ComplianceRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async listRules(actor: AuthUser): Promise<ComplianceRuleResponse[]> {
    requireRole(actor, [Role.Admin, Role.Reviewer], 'action.readComplianceRules');
    return (await this.rulesOf(actor.organizationId)).map(mapRule);
  }

  async createRule(actor: AuthUser, dto: CreateComplianceRuleDto): Promise<ComplianceRuleResponse> {
    requireRole(actor, [Role.Admin], 'action.changeComplianceRules');
    try {
      parsePattern(dto.pattern);
    } catch (error) {
      if (error instanceof InvalidCompliancePatternError) throw new BadRequestException(invalidPattern(error));
      throw error;
    }
    const rule: ComplianceRuleEntity = {
      id: randomUUID(),
      organizationId: actor.organizationId,
      pattern: dto.pattern,
      category: dto.category,
      action: dto.action,
      createdById: actor.id,
      createdAt: this.clock.now(),
    };
    await this.transactions.run(async (m) => {
      await this.repository.insertRules(m, [rule]);
      await this.audit.record(m, { organizationId: actor.organizationId, actorId: actor.id, action: 'complianceRule.created', targetType: 'complianceRule', targetId: rule.id, detail: { pattern: rule.pattern, category: rule.category, action: rule.action } });
    });
    return mapRule(rule);
  }

  async deleteRule(actor: AuthUser, id: string): Promise<void> {
    requireRole(actor, [Role.Admin], 'action.changeComplianceRules');
    const rule = (await this.repository.rulesOf(actor.organizationId)).find((r) => r.id === id);
    const deleted = await this.transactions.run(async (m) => {
      const gone = await this.repository.deleteRule(m, actor.organizationId, id);
      if (gone) {
        await this.audit.record(m, { organizationId: actor.organizationId, actorId: actor.id, action: 'complianceRule.deleted', targetType: 'complianceRule', targetId: id, detail: rule ? { pattern: rule.pattern, category: rule.category, action: rule.action } : undefined });
      }
      return gone;
    });
    if (!deleted) throw new NotFoundException(userMessage('compliance.ruleNotFound'));
  }

  /** A new organisation starts with rules for what its people most often get wrong. */
  async seedDefaults(manager: EntityManager, organizationId: string): Promise<void> {
    const now = this.clock.now();
    await this.repository.insertRules(
      manager,
      DEFAULT_COMPLIANCE_RULES.map((rule) => ({ id: randomUUID(), organizationId, pattern: rule.pattern, category: rule.category, action: rule.action, createdById: null, createdAt: now })),
    );
  }

  async evaluate(organizationId: string, text: string): Promise<ComplianceVerdict> {
    return (await this.evaluateAll(organizationId, [text]))[0];
  }

  /** The verdicts on several texts (a review queue), with the organisation's rules read once. */
  async evaluateAll(organizationId: string, texts: readonly string[]): Promise<ComplianceVerdict[]> {
    const rules: ComplianceRule[] = (await this.rulesOf(organizationId)).map((r) => ({
      id: r.id,
      pattern: r.pattern,
      category: r.category as ComplianceCategory,
      action: r.action as ComplianceAction,
    }));
    const matcher = new ComplianceMatcher(rules);
    for (const { rule, reason } of matcher.skipped) {
      const key = `${rule.id}:${rule.pattern}`;
      if (this.reportedSkips.has(key)) continue;
      this.reportedSkips.add(key);
      this.logger.warn(`Compliance rule ${rule.id} of organisation ${organizationId} is not applied: ${reason}`);
    }
    return texts.map((text): ComplianceVerdict => {
      const result = matcher.check(text);
      if (result.action === 'pass') return { decision: 'pass', message: '', matches: [] };
      const matches = result.matches.map((m) => ({ ruleId: m.ruleId, category: m.category, action: m.action, matched: m.matched, ...describeMatch(m) }));
      return { decision: result.action, message: describeBlock(result), matches };
    });
  }

  /** The text that will be posted: the commentary with the organisation's disclosure. */
  finalText(organization: Organization, commentary: string): { text: string; error?: string; problem?: UserMessage } {
    if (!organization.requiredDisclosure) return { text: commentary };
    const result = applyDisclosure(commentary, { text: organization.requiredDisclosure, mode: organization.disclosureMode });
    return result.error ? { ...result, problem: userMessage('compliance.disclosureMissing', { disclosure: organization.requiredDisclosure.trim() }) } : result;
  }

  private rulesOf(organizationId: string): Promise<ComplianceRuleEntity[]> {
    return this.repository.rulesOf(organizationId);
  }
}

function mapRule(rule: ComplianceRuleEntity): ComplianceRuleResponse {
  const problem = patternProblem(rule.pattern);
  return { id: rule.id, pattern: rule.pattern, category: rule.category, action: rule.action, createdAt: rule.createdAt.toISOString(), problem: problem?.message ?? null, problemMessage: problem };
}

function patternProblem(pattern: string): UserMessage | null {
  try {
    parsePattern(pattern);
    return null;
  } catch (error) {
    if (error instanceof InvalidCompliancePatternError) return error.userMessage;
    throw error;
  }
}

/** "pattern: The pattern … is …", its code, and the problem beside the field for forms. */
function invalidPattern(error: InvalidCompliancePatternError): UserMessage & { errors: FieldMessage[] } {
  const problem = error.userMessage;
  return { ...userMessage('compliance.invalidPattern', { field: 'pattern', problem: problem.code, ...problem.params }), errors: [{ field: 'pattern', ...problem }] };
}
