import { createHash } from 'node:crypto';

/** Exactly what will be posted: the hash binds an approval to these four things. */
export interface ApprovalContent {
  network: string;
  connectionId: string;
  text: string;
  /** The URL that will be attached; `null`, `undefined` and `''` all mean "no link". */
  link?: string | null;
}

export class InvalidApprovalContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidApprovalContentError';
  }
}

// Bump when the serialisation changes, so old and new hashes can never be confused.
const APPROVAL_HASH_VERSION = 'chorus-approval-v1';

/**
 * sha256 (lowercase hex) of a JSON array in a fixed order. JSON quotes and escapes every
 * string, so no two different contents serialise alike (unlike plain concatenation, where
 * "ab"+"c" = "a"+"bc"). The text is Unicode-normalised to NFC first so that the same
 * characters typed on different keyboards (é as one code point or as e + accent) hash alike;
 * everything else, including whitespace, counts.
 */
export function approvalHash(content: ApprovalContent): string {
  return createHash('sha256').update(canonicalApprovalContent(content), 'utf8').digest('hex');
}

/** The serialisation that `approvalHash` digests; exported for debugging a mismatch. */
export function canonicalApprovalContent(content: ApprovalContent): string {
  const { network, connectionId, text, link } = content;
  if (typeof network !== 'string' || network === '') {
    throw new InvalidApprovalContentError('The approval hash needs the network the share is posted to.');
  }
  if (typeof connectionId !== 'string' || connectionId === '') {
    throw new InvalidApprovalContentError('The approval hash needs the connected account the share is posted from.');
  }
  if (typeof text !== 'string') {
    throw new InvalidApprovalContentError('The approval hash needs the final text of the share.');
  }
  if (link !== undefined && link !== null && typeof link !== 'string') {
    throw new InvalidApprovalContentError('The link of a share must be a string or absent.');
  }
  return JSON.stringify([APPROVAL_HASH_VERSION, network, connectionId, text.normalize('NFC'), link || null]);
}

/** True when `content` is still exactly what was approved under `approvedHash`. */
export function matchesApprovalHash(content: ApprovalContent, approvedHash: string | null | undefined): boolean {
  return typeof approvedHash === 'string' && approvedHash.length > 0 && approvalHash(content) === approvedHash;
}
