/**
 * Outbox events about curated content, written in the transaction of the change. Their
 * consumers (notifications of featured posts, chat integrations) depend downward on content.
 */
export const POST_PUBLISHED = 'post.published';

export interface PostPublishedEvent {
  postId: string;
  organizationId: string;
  title: string;
  featured: boolean;
  /** The teams it targets; empty when it is for everyone. */
  teamIds: string[];
  publishedAt: string;
}
