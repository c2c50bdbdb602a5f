/** Rule categories follow the policy topics in docs/product.md; `sara` is Indonesia's ethnicity, religion, race and inter-group relations. */
export const COMPLIANCE_CATEGORIES = ['confidential', 'sara', 'political', 'profanity', 'custom'] as const;
export type ComplianceCategory = (typeof COMPLIANCE_CATEGORIES)[number];

/** `block` refuses the approval; `review` sends the share to a compliance reviewer first. */
export const COMPLIANCE_ACTIONS = ['block', 'review'] as const;
export type ComplianceAction = (typeof COMPLIANCE_ACTIONS)[number];

export interface ComplianceRule {
  id: string;
  /** A word, a phrase, or `/regex/flags`; see `parsePattern`. */
  pattern: string;
  category: ComplianceCategory;
  action: ComplianceAction;
}

/** A rule before it is stored (defaults, admin input). */
export type ComplianceRuleInput = Omit<ComplianceRule, 'id'>;

export function isComplianceCategory(value: unknown): value is ComplianceCategory {
  return typeof value === 'string' && (COMPLIANCE_CATEGORIES as readonly string[]).includes(value);
}

export function isComplianceAction(value: unknown): value is ComplianceAction {
  return typeof value === 'string' && (COMPLIANCE_ACTIONS as readonly string[]).includes(value);
}
