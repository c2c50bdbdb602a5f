import { IdentityLifecycle, IdentityModule } from '@chorus/identity';
import { NotificationsModule } from '@chorus/notifications';
import { ShareAccounts, SharesModule } from '@chorus/shares';
import { Global, Module, OnModuleInit } from '@nestjs/common';
import { ConnectionsRepository } from './connections/connections.repository';
import { ConnectionsService } from './connections/connections.service';
import { KeyRotationService } from './connections/key-rotation.service';
import { LinkedinConnectService } from './connections/linkedin-connect.service';
import { MemberAccessReader } from './connections/member-access';
import { TokenCipher } from './connections/token-cipher';
import { RevokeTokensHandler } from './connections/revoke-tokens.handler';
import { TokenExpiryService } from './connections/token-expiry.service';
import { TokenRevocationService } from './connections/token-revocation.service';
import { LinkedinClients } from './linkedin/linkedin-clients';
import { LinkedinProvider } from './linkedin/linkedin.provider';
import { NetworkProviders } from './providers/network-providers';
import { PublishShareHandler } from './publish/publish-share.handler';
import { PublishingService } from './publish/publishing.service';
import { EngagementRepository } from './engagement/engagement.repository';
import { EngagementService } from './engagement/engagement.service';
import { EngagementTrackingConsumer } from './engagement/engagement-tracking.consumer';

/**
 * Connected accounts for everyone, including the shares lib through its `ShareAccounts` port:
 * global, so that shares (below publishing) never imports publishing.
 */
@Global()
@Module({
  providers: [ConnectionsRepository, { provide: ShareAccounts, useExisting: ConnectionsRepository }],
  exports: [ConnectionsRepository, ShareAccounts],
})
export class ConnectionAccountsModule {}

/** Connections, network providers, the publisher and engagement reads. */
@Module({
  imports: [IdentityModule, NotificationsModule, SharesModule, ConnectionAccountsModule],
  providers: [
    TokenCipher,
    MemberAccessReader,
    ConnectionsService,
    LinkedinConnectService,
    KeyRotationService,
    TokenExpiryService,
    TokenRevocationService,
    LinkedinClients,
    LinkedinProvider,
    NetworkProviders,
    PublishingService,
    EngagementRepository,
    EngagementService,
    EngagementTrackingConsumer,
  ],
  exports: [TokenCipher, ConnectionsService, LinkedinConnectService, KeyRotationService, TokenExpiryService, TokenRevocationService, PublishingService, NetworkProviders, EngagementService],
})
export class PublishingModule implements OnModuleInit {
  constructor(
    private readonly lifecycle: IdentityLifecycle,
    private readonly connections: ConnectionsService,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onDeactivated((manager, user, at) => this.connections.revokeAllOfUser(manager, user, at));
  }
}

/** The worker side: the publish and revoke jobs' handlers. */
@Module({
  imports: [PublishingModule],
  providers: [PublishShareHandler, RevokeTokensHandler],
})
export class PublishingWorkerModule {}
