import { useQuery } from '@tanstack/react-query';
import type { Campaign, Post, Team } from '../../../api/models';
import { queries } from '../../../api/queries';

/** What the editor starts from: the post (when editing one), the teams to target and the campaigns. `data` is there once all of it is. */
export function usePostEditorData(postId: string | undefined) {
  const post = useQuery({ ...queries.post(postId ?? ''), enabled: postId !== undefined });
  const teams = useQuery(queries.teams());
  // Without campaigns the editor still works, with no campaign to choose.
  const campaigns = useQuery(queries.campaigns());
  const error = (postId ? post.error : null) ?? teams.error;
  const data: { post: Post | null; teams: Team[]; campaigns: Campaign[] } | undefined =
    teams.data && (campaigns.data || campaigns.error) && (!postId || post.data) ? { post: post.data ?? null, teams: teams.data, campaigns: campaigns.data ?? [] } : undefined;
  const retry = () => {
    if (post.error) void post.refetch();
    if (teams.error) void teams.refetch();
  };
  return { data, error, retry };
}
