import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { AuthUser, User } from '@chorus/identity';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectionStatus, SocialConnection } from './social-connection.entity';

const CONNECTION_STATUSES: readonly ConnectionStatus[] = ['active', 'expired', 'needs_reconnect', 'revoked'];

/** Described in the OpenAPI document, from which the web app's types are generated. */
export class ConnectionResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'linkedin' }) network!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true }) pictureUrl!: string | null;
  @ApiProperty({ enum: CONNECTION_STATUSES, enumName: 'ConnectionStatus' }) status!: SocialConnection['status'];
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function mapConnection(c: SocialConnection): ConnectionResponse {
  return {
    id: c.id,
    network: c.network,
    displayName: c.displayName,
    pictureUrl: c.pictureUrl,
    status: c.status,
    expiresAt: c.expiresAt.toISOString(),
    createdAt: c.createdAt.toISOString(),
  };
}

/** Employees' connected accounts. Tokens never leave this module, and never in a response. */
@Injectable()
export class ConnectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser): Promise<ConnectionResponse[]> {
    const rows = await this.dataSource.getRepository(SocialConnection).find({
      where: { organizationId: actor.organizationId, userId: actor.id },
      order: { createdAt: 'ASC' },
    });
    return rows.filter((c) => c.status !== 'revoked').map(mapConnection);
  }

  /** Disconnecting destroys the stored tokens; the row stays so past shares keep their account. */
  async disconnect(actor: AuthUser, id: string): Promise<void> {
    const connection = await this.dataSource.getRepository(SocialConnection).findOneBy({ id, organizationId: actor.organizationId, userId: actor.id });
    if (!connection || connection.status === 'revoked') throw new NotFoundException('Connection not found.');
    await this.transactions.run((manager) => this.revoke(manager, connection.id, this.clock.now()));
  }

  async revokeAllOfUser(manager: EntityManager, user: User, at: Date): Promise<void> {
    const rows = await manager.getRepository(SocialConnection).findBy({ userId: user.id });
    for (const row of rows) await this.revoke(manager, row.id, at);
  }

  private async revoke(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager
      .getRepository(SocialConnection)
      .update({ id }, { status: 'revoked', accessTokenCiphertext: null, refreshTokenCiphertext: null, keyId: null, updatedAt: at });
  }
}
