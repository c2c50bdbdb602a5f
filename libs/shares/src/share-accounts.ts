/** What the share flow needs to know about the account a share goes to. */
export interface ShareAccount {
  id: string;
  network: string;
  /** Only an `active` account can take new schedules. */
  status: string;
  expiresAt: Date;
}

/**
 * The port through which shares read connected accounts. Connections belong to publishing,
 * which sits above shares, so publishing provides this (globally) and shares never imports it.
 */
export abstract class ShareAccounts {
  /** The member's own account with this id, or null. */
  abstract ownedBy(organizationId: string, userId: string, id: string): Promise<ShareAccount | null>;
  abstract find(id: string): Promise<ShareAccount | null>;
}
