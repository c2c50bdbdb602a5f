import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Organization, User } from './entities';

export type DeactivationListener = (manager: EntityManager, user: User, at: Date) => Promise<void>;
export type OrganizationListener = (manager: EntityManager, organization: Organization) => Promise<void>;

/**
 * Offboarding reaches into other modules (connections are revoked, pending shares
 * cancelled). They register here instead of identity knowing about them; listeners run in
 * the deactivation's transaction, so it happens completely or not at all.
 */
@Injectable()
export class IdentityLifecycle {
  private readonly deactivationListeners: DeactivationListener[] = [];
  private readonly organizationListeners: OrganizationListener[] = [];

  /** E.g. compliance seeds its default rules into every new organisation. */
  onOrganizationCreated(listener: OrganizationListener): void {
    this.organizationListeners.push(listener);
  }

  async organizationCreated(manager: EntityManager, organization: Organization): Promise<void> {
    for (const listener of this.organizationListeners) await listener(manager, organization);
  }

  onDeactivated(listener: DeactivationListener): void {
    this.deactivationListeners.push(listener);
  }

  async deactivated(manager: EntityManager, user: User, at: Date): Promise<void> {
    for (const listener of this.deactivationListeners) await listener(manager, user, at);
  }
}
