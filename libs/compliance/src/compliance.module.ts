import { IdentityModule, IdentityLifecycle } from '@chorus/identity';
import { NotificationsModule } from '@chorus/notifications';
import { Module, OnModuleInit } from '@nestjs/common';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceService } from './compliance.service';
import { PoliciesService, PolicyPublishedNotificationsConsumer } from './policies.service';

@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [ComplianceRepository, ComplianceService, PoliciesService, PolicyPublishedNotificationsConsumer],
  exports: [ComplianceService, PoliciesService],
})
export class ComplianceModule implements OnModuleInit {
  constructor(
    private readonly lifecycle: IdentityLifecycle,
    private readonly compliance: ComplianceService,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onOrganizationCreated((manager, organization) => this.compliance.seedDefaults(manager, organization.id));
  }
}
