import { useQueries, useQuery } from '@tanstack/react-query';
import type { Connection, FeedItem, Organization, Share } from '../../../api/models';
import { queries } from '../../../api/queries';

export interface ComposerData {
  post: FeedItem | null;
  share: Share | null;
  connections: Connection[];
  organization: Organization;
}

/**
 * What the composer starts from: the share (when editing one), its post as the caller's feed
 * shows it, their connections and the organisation's disclosure rule. `data` is there once
 * all of it is.
 */
export function useComposerData(postId: string | undefined, shareId: string | undefined) {
  const [connections, organization, share] = useQueries({
    queries: [queries.connections(), queries.organization(), { ...queries.share(shareId ?? ''), enabled: shareId !== undefined }],
  });
  const feedPostId = shareId ? share.data?.postId : postId;
  const post = useQuery({ ...queries.feedItem(feedPostId ?? ''), enabled: feedPostId !== undefined });

  const parts = shareId ? [connections, organization, share, post] : [connections, organization, post];
  const error = parts.find((part) => part.error !== null)?.error ?? null;
  const data: ComposerData | undefined =
    connections.data && organization.data && post.data !== undefined && (!shareId || share.data)
      ? { connections: connections.data, organization: organization.data, share: share.data ?? null, post: post.data }
      : undefined;
  const retry = () => parts.filter((part) => part.error !== null).forEach((part) => void part.refetch());
  return { data, error, retry };
}
