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
}

export class ComplianceVerdictMatch {
  @ApiProperty() ruleId!: string;
  @ApiProperty({ enum: COMPLIANCE_CATEGORIES, enumName: 'ComplianceCategory' }) category!: ComplianceCategory;
  @ApiProperty({ enum: COMPLIANCE_ACTIONS, enumName: 'ComplianceAction' }) action!: ComplianceAction;
  @ApiProperty({ type: [String], description: 'Distinct matched texts, in order of appearance' }) matched!: string[];
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
