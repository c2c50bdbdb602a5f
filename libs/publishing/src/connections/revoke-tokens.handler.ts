import { HandlesJob, JobHandler, JobPayloads } from '@chorus/jobs';
import { IsUUID } from 'class-validator';
import { TokenRevocationService } from './token-revocation.service';

export class RevokeTokensPayload {
  @IsUUID('all') connectionId!: string;
}

/** Revokes a just-disconnected connection's tokens at once; failures wait for the worker's tick. */
@HandlesJob('publishing.revoke-tokens', RevokeTokensPayload)
export class RevokeTokensHandler implements JobHandler<'publishing.revoke-tokens'> {
  constructor(private readonly revocations: TokenRevocationService) {}

  async handle(payload: JobPayloads['publishing.revoke-tokens']): Promise<void> {
    await this.revocations.runForConnection(payload.connectionId);
  }
}
