import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from './entities';

export type DeactivationListener = (manager: EntityManager, user: User, at: Date) => Promise<void>;

/**
 * Offboarding reaches into other modules (connections are revoked, pending shares
 * cancelled). They register here instead of identity knowing about them; listeners run in
 * the deactivation's transaction, so it happens completely or not at all.
 */
@Injectable()
export class UserLifecycle {
  private readonly deactivationListeners: DeactivationListener[] = [];

  onDeactivated(listener: DeactivationListener): void {
    this.deactivationListeners.push(listener);
  }

  async deactivated(manager: EntityManager, user: User, at: Date): Promise<void> {
    for (const listener of this.deactivationListeners) await listener(manager, user, at);
  }
}
