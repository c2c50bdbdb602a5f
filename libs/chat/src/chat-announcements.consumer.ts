import { APP_CONFIG, AppConfig } from '@chorus/config';
import { POST_PUBLISHED, PostPublishedEvent } from '@chorus/content';
import { HandlesEvent, OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { CONTEST_CLOSED, ContestClosedEvent } from '@chorus/gamification';
import { JobQueue } from '@chorus/jobs';
import { NOTIFICATION_LINKS } from '@chorus/notifications';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChatMessage } from './chat-messages';
import { ChatWebhooksRepository } from './chat-webhooks.repository';

/** A chat message whose link is a path in Chorus (the announcer makes it absolute). */
type Announcement = Omit<ChatMessage, 'url'> & { path: string };

/** Queues one delivery per webhook; the job id makes a retried event queue nothing twice. */
@Injectable()
export class ChatAnnouncer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: ChatWebhooksRepository,
    private readonly jobs: JobQueue,
  ) {}

  async announce(manager: EntityManager, event: OutboxEvent, teamIds: string[] | null, { path, ...rest }: Announcement): Promise<void> {
    const message: ChatMessage = { ...rest, url: `${this.config.appUrl}${path}` };
    for (const webhook of await this.repository.activeFor(manager, event.organizationId, teamIds)) {
      await this.jobs.add('chat.deliver', { webhookId: webhook.id, ...message }, { jobId: `chat.${event.id}.${webhook.id}` });
    }
  }
}

/** A featured post goes to the organisation's channels and those of the teams it targets. */
@HandlesEvent(POST_PUBLISHED, 'chat-featured-posts')
export class ChatFeaturedPostsConsumer implements OutboxEventHandler {
  constructor(private readonly announcer: ChatAnnouncer) {}

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    for (const event of events) {
      const post = event.payload as unknown as PostPublishedEvent;
      if (!post.featured) continue;
      await this.announcer.announce(manager, event, post.teamIds.length > 0 ? post.teamIds : null, {
        title: `New featured post: ${post.title}`,
        lines: ['Your curators picked this one. Share it in your own words.'],
        path: NOTIFICATION_LINKS.composer(post.postId),
        linkLabel: 'Share it in Chorus',
      });
    }
  }
}

/** A closed contest's winners go to the channels of its scope. */
@HandlesEvent(CONTEST_CLOSED, 'chat-contest-results')
export class ChatContestResultsConsumer implements OutboxEventHandler {
  constructor(private readonly announcer: ChatAnnouncer) {}

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    for (const event of events) {
      const contest = event.payload as unknown as ContestClosedEvent;
      const lines = contest.winners.length
        ? contest.winners.map((w) => `${w.rank}. ${w.name}: ${w.prize}${w.bonusPoints > 0 ? ` (${w.bonusPoints} bonus points)` : ''}`)
        : ['Nobody reached a prize this time.'];
      await this.announcer.announce(manager, event, contest.scope === 'team' && contest.teamId ? [contest.teamId] : null, {
        title: `Contest results: ${contest.name}`,
        lines,
        path: NOTIFICATION_LINKS.points(),
        linkLabel: 'See the standings in Chorus',
      });
    }
  }
}
