import { ComplianceRuleInput } from './compliance-rule';

/**
 * Rules a new organisation starts with, from the policy topics in docs/product.md; admins edit
 * them freely. Confidentiality markers block: such text must never leave the company, and the
 * author can fix it at once. Taboo topics (SARA, politics) and mild profanity go to a reviewer
 * instead: the same words turn up in harmless posts, so a person decides.
 * English and Bahasa Indonesia, since many first users are Indonesian.
 */
export const DEFAULT_COMPLIANCE_RULES: readonly ComplianceRuleInput[] = [
  // Confidential, proprietary or unreleased information.
  { pattern: 'confidential', category: 'confidential', action: 'block' },
  { pattern: 'internal only', category: 'confidential', action: 'block' },
  { pattern: 'internal use only', category: 'confidential', action: 'block' },
  { pattern: 'not for distribution', category: 'confidential', action: 'block' },
  { pattern: 'unreleased', category: 'confidential', action: 'block' },
  { pattern: 'under embargo', category: 'confidential', action: 'block' },
  { pattern: 'rahasia', category: 'confidential', action: 'block' }, // secret
  { pattern: 'konfidensial', category: 'confidential', action: 'block' }, // confidential
  { pattern: 'hanya untuk internal', category: 'confidential', action: 'block' }, // internal only
  { pattern: 'untuk kalangan sendiri', category: 'confidential', action: 'block' }, // for insiders only
  { pattern: 'belum dirilis', category: 'confidential', action: 'block' }, // not yet released
  // "jangan/dilarang disebarkan/disebarluaskan": do not distribute.
  { pattern: '/\\b(?:jangan|dilarang)\\s+(?:di)?sebar(?:luas)?kan\\b/', category: 'confidential', action: 'block' },

  // SARA: ethnicity, religion, race and inter-group relations.
  { pattern: 'kafir', category: 'sara', action: 'review' }, // "infidel", used as an insult
  { pattern: 'pribumi', category: 'sara', action: 'review' }, // native vs non-native rhetoric
  { pattern: 'aseng', category: 'sara', action: 'review' }, // slur for Chinese Indonesians
  { pattern: 'infidel', category: 'sara', action: 'review' },

  // Political statements.
  { pattern: 'pemilu', category: 'political', action: 'review' }, // general election
  { pattern: 'pilpres', category: 'political', action: 'review' }, // presidential election
  { pattern: 'pilkada', category: 'political', action: 'review' }, // regional election
  { pattern: 'capres', category: 'political', action: 'review' }, // presidential candidate
  { pattern: 'partai politik', category: 'political', action: 'review' }, // political party
  { pattern: 'election', category: 'political', action: 'review' },
  { pattern: 'political party', category: 'political', action: 'review' },
  { pattern: 'vote for', category: 'political', action: 'review' },

  // Mild profanity, kept short: a reviewer can tell banter from abuse.
  { pattern: 'damn', category: 'profanity', action: 'review' },
  { pattern: 'wtf', category: 'profanity', action: 'review' },
  { pattern: 'goblok', category: 'profanity', action: 'review' }, // stupid
  { pattern: 'bangsat', category: 'profanity', action: 'review' }, // bastard
];
