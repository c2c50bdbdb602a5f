import { IdentityRepository } from '@chorus/identity';
import { HandlesJob, JobContext, JobHandler, JobPayloads } from '@chorus/jobs';
import { IsUUID } from 'class-validator';
import { NotificationsService } from './notifications.service';

export class WelcomePayload {
  @IsUUID('all') organizationId!: string;
  @IsUUID('all') userId!: string;
}

const TEXT = {
  en: { title: 'Welcome to Chorus', body: 'Read the social-media policy, connect your LinkedIn account, and share your first post in your own words.' },
  id: { title: 'Selamat datang di Chorus', body: 'Baca kebijakan media sosial, hubungkan akun LinkedIn Anda, lalu bagikan postingan pertama dengan kata-kata Anda sendiri.' },
} as const;

/** The first in-app message a new user sees. */
@HandlesJob('notifications.welcome', WelcomePayload)
export class WelcomeNotificationHandler implements JobHandler<'notifications.welcome'> {
  constructor(
    private readonly identity: IdentityRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(payload: JobPayloads['notifications.welcome'], _context?: JobContext): Promise<void> {
    const user = await this.identity.findUserInOrganization(payload.organizationId, payload.userId);
    if (!user) return; // Deleted before the job ran: nothing to greet.
    const text = user.locale === 'id' ? TEXT.id : TEXT.en;
    await this.notifications.notify({
      organizationId: user.organizationId,
      userId: user.id,
      kind: 'welcome',
      dedupeKey: 'welcome',
      title: text.title,
      body: text.body,
      link: '/',
    });
  }
}
