import { userMessage, type UserMessage } from '@chorus/messages';
import { ComplianceAction, ComplianceCategory, ComplianceRule } from './compliance-rule';
import { InvalidCompliancePatternError, normalizeForCompliance, ParsedCompliancePattern, parsePattern } from './compliance-pattern';

// Callers validate admin input and check texts from one place.
export { InvalidCompliancePatternError, parsePattern } from './compliance-pattern';

export interface ComplianceMatch {
  ruleId: string;
  category: ComplianceCategory;
  action: ComplianceAction;
  /** The rule's pattern, to name the rule in messages. */
  pattern: string;
  /** Distinct matched texts, as written in the commentary, in order of appearance. */
  matched: string[];
}

export interface ComplianceResult {
  /** `block` wins over `review`; `pass` when nothing matched. */
  action: ComplianceAction | 'pass';
  matches: ComplianceMatch[];
}

// Enough to show what to fix without pasting half the post back into a message.
const MAX_MATCHED_PER_RULE = 10;

interface CompiledRule {
  rule: ComplianceRule;
  compiled: ParsedCompliancePattern;
}

/** A stored rule the matcher cannot apply, with the sentence saying why. */
export interface SkippedComplianceRule {
  rule: ComplianceRule;
  reason: string;
}

/**
 * Compiles an organisation's rules once and checks texts against them. A stored rule that no
 * longer parses (one saved before rules ran on RE2 and using a lookahead, say) is skipped and
 * listed in `skipped`, rather than failing every check of the organisation: the rules list
 * marks it for the admins to fix, and the other rules keep working.
 */
export class ComplianceMatcher {
  private readonly compiled: CompiledRule[] = [];
  readonly skipped: SkippedComplianceRule[] = [];

  constructor(rules: readonly ComplianceRule[]) {
    for (const rule of rules) {
      try {
        this.compiled.push({ rule, compiled: parsePattern(rule.pattern) });
      } catch (error) {
        if (!(error instanceof InvalidCompliancePatternError)) throw error;
        this.skipped.push({ rule, reason: error.message });
      }
    }
  }

  check(text: string): ComplianceResult {
    const normalized = normalizeForCompliance(text);
    const matches: ComplianceMatch[] = [];
    for (const { rule, compiled } of this.compiled) {
      const matched = new Set<string>();
      for (const found of compiled.findAll(normalized)) {
        matched.add(found);
        if (matched.size >= MAX_MATCHED_PER_RULE) break;
      }
      if (matched.size > 0) {
        matches.push({ ruleId: rule.id, category: rule.category, action: rule.action, pattern: rule.pattern, matched: [...matched] });
      }
    }
    const action = matches.some((m) => m.action === 'block') ? 'block' : matches.length > 0 ? 'review' : 'pass';
    return { action, matches };
  }
}

/** One-off check; use `ComplianceMatcher` to check many texts against the same rules. */
export function matchCompliance(text: string, rules: readonly ComplianceRule[]): ComplianceResult {
  return new ComplianceMatcher(rules).check(text);
}

/**
 * The sentence shown when an approval does not go straight through, e.g.
 * `Blocked by compliance rule "confidential" (category: confidential): matched "confidential".`
 * One sentence per blocking rule. When nothing blocks but rules ask for review, it names those
 * instead ("Sent for review by compliance rule …"), so one call serves both outcomes;
 * '' on a pass.
 */
export function describeBlock(result: ComplianceResult): string {
  return describe(result, 'block') || describe(result, 'review');
}

/** Only the rules that ask for review (for the reviewer's queue, even when something also blocks); '' when none. */
export function describeReview(result: ComplianceResult): string {
  return describe(result, 'review');
}

function describe(result: ComplianceResult, action: ComplianceAction): string {
  return result.matches
    .filter((match) => match.action === action)
    .map((match) => describeMatch(match).message)
    .join(' ');
}

/** One rule's sentence: "Blocked by compliance rule "…" (category: …): matched "…"." */
export function describeMatch(match: ComplianceMatch): UserMessage {
  return userMessage(match.action === 'block' ? 'compliance.blockedBy' : 'compliance.reviewBy', {
    pattern: match.pattern.replace(/\s+/g, ' '),
    category: `compliance.category.${match.category}`,
    matched: match.matched.map(quote).join(', '),
  });
}

function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ')}"`;
}
