import { IdentityRepository } from '@chorus/identity';
import { HandlesJob, JobContext, JobHandler, JobPayloads } from '@chorus/jobs';
import { IsUUID } from 'class-validator';
import { NOTIFICATION_LINKS } from './notification-links';
import { NotificationsService } from './notifications.service';

export class WelcomePayload {
  @IsUUID('all') organizationId!: string;
  @IsUUID('all') userId!: string;
}

/** The first in-app message a new user sees (in their language: the web translates its code). */
@HandlesJob('notifications.welcome', WelcomePayload)
export class WelcomeNotificationHandler implements JobHandler<'notifications.welcome'> {
  constructor(
    private readonly identity: IdentityRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(payload: JobPayloads['notifications.welcome'], _context?: JobContext): Promise<void> {
    const user = await this.identity.findUserInOrganization(payload.organizationId, payload.userId);
    if (!user) return; // Deleted before the job ran: nothing to greet.
    await this.notifications.notify({
      organizationId: user.organizationId,
      userId: user.id,
      kind: 'welcome',
      code: 'notification.welcome',
      dedupeKey: 'welcome',
      link: NOTIFICATION_LINKS.home(),
    });
  }
}
