import { ShareAccounts } from '@chorus/shares';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SocialConnection } from './social-connection.entity';

/** Connected accounts, named by intent; also the shares lib's view of them (`ShareAccounts`). */
@Injectable()
export class ConnectionsRepository implements ShareAccounts {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string): Promise<SocialConnection | null> {
    return this.dataSource.getRepository(SocialConnection).findOneBy({ id });
  }

  ownedBy(organizationId: string, userId: string, id: string): Promise<SocialConnection | null> {
    return this.dataSource.getRepository(SocialConnection).findOneBy({ id, userId, organizationId });
  }

  /** The network refused the token: the account must be reconnected (unless it already changed). */
  async markNeedsReconnect(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager
      .getRepository(SocialConnection)
      .createQueryBuilder()
      .update()
      .set({ status: 'needs_reconnect', updatedAt: at })
      .where("id = :id AND status = 'active'", { id })
      .execute();
  }
}
