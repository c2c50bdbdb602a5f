import { HandlesEvent, OutboxDeliveryContext, OutboxEvent, OutboxEventHandler } from '@chorus/db';
import { Role } from '@chorus/identity';
import { NOTIFICATION_LINKS, NotificationsService } from '@chorus/notifications';
import { POST_PUBLISHED, PostPublishedEvent } from './content-events';

/**
 * A featured post reaches every active employee it targets, once (the dedupe key is the post),
 * written a page of people at a time so a large organisation never loads whole.
 */
@HandlesEvent(POST_PUBLISHED, 'featured-post-notifications')
export class FeaturedPostNotificationsConsumer implements OutboxEventHandler {
  constructor(private readonly notifications: NotificationsService) {}

  async handle(events: OutboxEvent[], { manager }: OutboxDeliveryContext): Promise<void> {
    for (const event of events) {
      const post = event.payload as unknown as PostPublishedEvent;
      if (!post.featured) continue;
      await this.notifications.fanOut(
        manager,
        { organizationId: post.organizationId, role: Role.Employee, teamIds: post.teamIds.length > 0 ? post.teamIds : null },
        {
          kind: 'content.featured',
          code: 'notification.contentFeatured',
          params: { postTitle: post.title, postId: post.postId },
          dedupeKey: `content-featured:${post.postId}`,
          link: NOTIFICATION_LINKS.composer(post.postId),
        },
      );
    }
  }
}
