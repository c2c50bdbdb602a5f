import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Organization, User } from './entities';

export type DeactivationListener = (manager: EntityManager, user: User, at: Date) => Promise<void>;
export type OrganizationListener = (manager: EntityManager, organization: Organization) => Promise<void>;
export type UserUpdatedListener = (manager: EntityManager, user: User) => Promise<void>;

/** A one-time link for one person: an invitation or a password reset. Its URL holds the secret. */
export interface AccountLink {
  user: User;
  url: string;
  expiresAt: Date;
  /** Its row's id: the same link is mailed once. */
  id: string;
}
export type AccountLinkListener = (manager: EntityManager, links: readonly AccountLink[]) => Promise<void>;

/**
 * Offboarding reaches into other modules (connections are revoked, pending shares
 * cancelled). They register here instead of identity knowing about them; listeners run in
 * the deactivation's transaction, so it happens completely or not at all.
 */
@Injectable()
export class IdentityLifecycle {
  private readonly deactivationListeners: DeactivationListener[] = [];
  private readonly organizationListeners: OrganizationListener[] = [];
  private readonly userUpdatedListeners: UserUpdatedListener[] = [];
  private readonly invitedListeners: AccountLinkListener[] = [];
  private readonly passwordResetListeners: AccountLinkListener[] = [];

  /** E.g. mail sends each new invitation link; runs in the transaction that stores the invites. */
  onInvited(listener: AccountLinkListener): void {
    this.invitedListeners.push(listener);
  }

  async invited(manager: EntityManager, links: readonly AccountLink[]): Promise<void> {
    if (links.length === 0) return;
    for (const listener of this.invitedListeners) await listener(manager, links);
  }

  /** Mail sends the link; without a listener nobody could use it, so a request then does nothing. */
  onPasswordResetRequested(listener: AccountLinkListener): void {
    this.passwordResetListeners.push(listener);
  }

  get passwordResetsDeliverable(): boolean {
    return this.passwordResetListeners.length > 0;
  }

  async passwordResetRequested(manager: EntityManager, link: AccountLink): Promise<void> {
    for (const listener of this.passwordResetListeners) await listener(manager, [link]);
  }

  /** E.g. compliance seeds its default rules into every new organisation. */
  onOrganizationCreated(listener: OrganizationListener): void {
    this.organizationListeners.push(listener);
  }

  async organizationCreated(manager: EntityManager, organization: Organization): Promise<void> {
    for (const listener of this.organizationListeners) await listener(manager, organization);
  }

  /** E.g. gamification takes a user off leaderboards when they opt out or an admin excludes them. */
  onUserUpdated(listener: UserUpdatedListener): void {
    this.userUpdatedListeners.push(listener);
  }

  async userUpdated(manager: EntityManager, user: User): Promise<void> {
    for (const listener of this.userUpdatedListeners) await listener(manager, user);
  }

  onDeactivated(listener: DeactivationListener): void {
    this.deactivationListeners.push(listener);
  }

  async deactivated(manager: EntityManager, user: User, at: Date): Promise<void> {
    for (const listener of this.deactivationListeners) await listener(manager, user, at);
  }
}
