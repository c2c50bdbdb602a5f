import { ApiProperty } from '@nestjs/swagger';
import { COMPLIANCE_ACTIONS, COMPLIANCE_CATEGORIES, ComplianceAction, ComplianceCategory } from './compliance-rule';

// Response classes: their decorators describe the answers in the OpenAPI document, from which
// the web app's types are generated. The services build them as plain objects.

const DECISIONS: readonly ComplianceVerdict['decision'][] = ['pass', 'review', 'block'];

export class ComplianceRuleResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'A word, a phrase, or /regex/flags' }) pattern!: string;
  @ApiProperty({ example: 'confidential', description: `One of ${COMPLIANCE_CATEGORIES.join(', ')}` }) category!: string;
  @ApiProperty({ example: 'block', description: `One of ${COMPLIANCE_ACTIONS.join(', ')}` }) action!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  /**
   * Why the rule is not applied, or null when it is: a rule stored before rules ran on the
   * linear-time engine may use what that engine cannot run (a lookahead, say).
   */
  @ApiProperty({ type: String, nullable: true, description: 'Why the rule is not applied (it uses syntax the linear-time engine cannot run), or null' }) problem!: string | null;
  @ApiProperty({ type: () => ComplianceMessage, nullable: true, description: '`problem` with its code, for translation' }) problemMessage!: ComplianceMessage | null;
}

/** A sentence with its stable code (libs/messages) and parameters, which the web app translates. */
export class ComplianceMessage {
  @ApiProperty({ example: 'compliance.blockedBy' }) code!: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } }) params!: Record<string, string | number>;
  @ApiProperty() message!: string;
}

export class ComplianceVerdictMatch {
  @ApiProperty() ruleId!: string;
  @ApiProperty({ enum: COMPLIANCE_CATEGORIES, enumName: 'ComplianceCategory' }) category!: ComplianceCategory;
  @ApiProperty({ enum: COMPLIANCE_ACTIONS, enumName: 'ComplianceAction' }) action!: ComplianceAction;
  @ApiProperty({ type: [String], description: 'Distinct matched texts, in order of appearance' }) matched!: string[];
  @ApiProperty({ example: 'compliance.blockedBy', description: "The code of this rule's sentence" }) code!: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } }) params!: Record<string, string | number>;
  @ApiProperty({ description: 'This rule\'s sentence, one of those `message` joins' }) message!: string;
}

export class ComplianceVerdict {
  @ApiProperty({ enum: DECISIONS, enumName: 'ComplianceDecision' }) decision!: 'pass' | 'review' | 'block';
  @ApiProperty({ description: 'A sentence naming the rule and the matched words, for block and review; empty for pass.' }) message!: string;
  @ApiProperty({ type: [ComplianceVerdictMatch] }) matches!: ComplianceVerdictMatch[];
}

export class PolicyResponse {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Markdown' }) body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Whether the caller has acknowledged this version.' }) acknowledged!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt!: string | null;
}

export class PolicyVersionSummary {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'How many people acknowledged this version.' }) acknowledgements!: number;
}

/**
 * The 422 of an approval that rules block: the verdict's sentence, the code of its first
 * blocking rule, and one message per blocking rule in `errors`.
 */
export function blockedByRules(verdict: ComplianceVerdict): { code: string; params: Record<string, string | number>; message: string; errors: ComplianceMessage[] } {
  const blocking = verdict.matches.filter((match) => match.action === 'block').map(({ code, params, message }) => ({ code, params, message }));
  return { ...blocking[0], message: verdict.message, errors: blocking };
}
