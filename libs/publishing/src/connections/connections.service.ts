import { userMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { AuditTrail, AuthUser, User } from '@chorus/identity';
import { JobQueue } from '@chorus/jobs';
import { SharesRepository } from '@chorus/shares';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { ConnectionsRepository } from './connections.repository';
import { ConnectionStatus, SocialConnection } from './social-connection.entity';
import { TokenRevocationService } from './token-revocation.service';

const CONNECTION_STATUSES: readonly ConnectionStatus[] = ['active', 'expired', 'needs_reconnect', 'revoked'];

/** Described in the OpenAPI document, from which the web app's types are generated. */
export class ConnectionResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'linkedin' }) network!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true }) pictureUrl!: string | null;
  /** `active` only while the token works: a lapsed one reads `expired` before the hourly tick marks it. */
  @ApiProperty({ enum: CONNECTION_STATUSES, enumName: 'ConnectionStatus' }) status!: SocialConnection['status'];
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ description: 'Shares that will go out from this account (scheduled, or being published)' }) scheduledShares!: number;
  @ApiProperty({ description: 'Approved shares waiting for this account to be reconnected; reconnecting the same member resumes them' }) waitingShares!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function mapConnection(c: SocialConnection, now: Date, counts: { scheduled: number; waiting: number } = { scheduled: 0, waiting: 0 }): ConnectionResponse {
  return {
    id: c.id,
    network: c.network,
    displayName: c.displayName,
    pictureUrl: c.pictureUrl,
    status: c.status === 'active' && c.expiresAt <= now ? 'expired' : c.status,
    expiresAt: c.expiresAt.toISOString(),
    scheduledShares: counts.scheduled,
    waitingShares: counts.waiting,
    createdAt: c.createdAt.toISOString(),
  };
}

/** Employees' connected accounts. Tokens never leave this module, and never in a response. */
@Injectable()
export class ConnectionsService {
  constructor(
    private readonly connections: ConnectionsRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly revocations: TokenRevocationService,
    private readonly jobs: JobQueue,
    private readonly shares: SharesRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser): Promise<ConnectionResponse[]> {
    const rows = await this.connections.listOfUser(actor.organizationId, actor.id);
    const shown = rows.filter((c) => c.status !== 'revoked');
    const counts = await this.shares.countsByConnection(shown.map((c) => c.id));
    const now = this.clock.now();
    return shown.map((c) => mapConnection(c, now, counts.get(c.id)));
  }

  /**
   * Disconnecting destroys the stored tokens and has the network revoke them (at once through
   * a job, later again if the network fails; see TokenRevocationService). The row stays so
   * past shares keep their account.
   */
  async disconnect(actor: AuthUser, id: string): Promise<void> {
    const connection = await this.connections.ownedBy(actor.organizationId, actor.id, id);
    if (!connection || connection.status === 'revoked') throw new NotFoundException(userMessage('connection.notFound'));
    const now = this.clock.now();
    const scheduled = await this.transactions.run(async (manager) => {
      const count = await this.revoke(manager, connection.id, now);
      await this.audit.record(manager, { organizationId: actor.organizationId, actorId: actor.id, action: 'connection.disconnected', targetType: 'connection', targetId: connection.id, detail: { network: connection.network, account: connection.displayName } });
      return count;
    });
    // After the commit, so the job finds the rows; the worker's tick covers a lost job.
    if (scheduled > 0) await this.jobs.add('publishing.revoke-tokens', { connectionId: connection.id }, { jobId: `revoke-tokens.${connection.id}.${now.getTime()}` });
  }

  /** In the deactivation's transaction; the worker's tick then revokes at the networks. */
  async revokeAllOfUser(manager: EntityManager, user: User, at: Date): Promise<void> {
    const rows = await this.connections.allOfUser(manager, user.id);
    for (const row of rows) await this.revoke(manager, row.id, at);
  }

  /** Moves the connection's token ciphertexts into revocations and wipes them here. */
  private async revoke(manager: EntityManager, id: string, at: Date): Promise<number> {
    const connection = await this.connections.find(id, manager);
    if (!connection) return 0;
    const scheduled = await this.revocations.schedule(manager, connection, at);
    await this.connections.markRevoked(manager, id, at);
    return scheduled;
  }
}
