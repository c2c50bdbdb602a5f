import { HandlesEvent } from '@chorus/db';
import { Role } from '@chorus/identity';
import { FanOut, FanOutConsumer, NOTIFICATION_LINKS } from '@chorus/notifications';
import { POST_PUBLISHED, PostPublishedEvent } from './content-events';

/**
 * A featured post reaches every active employee it targets, once (the dedupe key is the post),
 * written a page of people at a time so a large organisation never loads whole.
 */
@HandlesEvent(POST_PUBLISHED, 'featured-post-notifications')
export class FeaturedPostNotificationsConsumer extends FanOutConsumer<PostPublishedEvent> {
  protected fanOutOf(post: PostPublishedEvent): FanOut | null {
    if (!post.featured) return null;
    return {
      to: { organizationId: post.organizationId, role: Role.Employee, teamIds: post.teamIds.length > 0 ? post.teamIds : null },
      notification: {
        kind: 'content.featured',
        code: 'notification.contentFeatured',
        params: { postTitle: post.title, postId: post.postId },
        dedupeKey: `content-featured:${post.postId}`,
        link: NOTIFICATION_LINKS.composer(post.postId),
      },
    };
  }
}
