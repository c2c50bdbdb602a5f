import { ComplianceAction, ComplianceCategory, ComplianceRule } from './compliance-rule';
import { InvalidCompliancePatternError, normalizeForCompliance, parsePattern } from './compliance-pattern';

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
  regex: RegExp;
}

/**
 * Compiles an organisation's rules once and checks texts against them. A stored rule that no
 * longer parses throws rather than being skipped: a compliance check must fail closed.
 */
export class ComplianceMatcher {
  private readonly compiled: CompiledRule[];

  constructor(rules: readonly ComplianceRule[]) {
    this.compiled = rules.map((rule) => {
      try {
        return { rule, regex: parsePattern(rule.pattern).regex };
      } catch (error) {
        if (error instanceof InvalidCompliancePatternError) {
          throw new InvalidCompliancePatternError(`Compliance rule ${rule.id} cannot be used: ${error.message}`, rule.pattern);
        }
        throw error;
      }
    });
  }

  check(text: string): ComplianceResult {
    const normalized = normalizeForCompliance(text);
    const matches: ComplianceMatch[] = [];
    for (const { rule, regex } of this.compiled) {
      const matched = new Set<string>();
      // matchAll works on a copy of the regex, so the shared one keeps lastIndex 0.
      for (const match of normalized.matchAll(regex)) {
        if (match[0] !== '') matched.add(match[0]);
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
  return describe(result, 'block', 'Blocked by') || describe(result, 'review', 'Sent for review by');
}

/** Only the rules that ask for review (for the reviewer's queue, even when something also blocks); '' when none. */
export function describeReview(result: ComplianceResult): string {
  return describe(result, 'review', 'Sent for review by');
}

function describe(result: ComplianceResult, action: ComplianceAction, lead: string): string {
  return result.matches
    .filter((match) => match.action === action)
    .map(
      (match) =>
        `${lead} compliance rule ${quote(match.pattern)} (category: ${match.category}): matched ${match.matched.map(quote).join(', ')}.`,
    )
    .join(' ');
}

function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ')}"`;
}
