import type { Engagement } from '../engagement';

/** `GET /rest/socialActions/{urn}`. */
export interface SocialActionsResponseDto {
  target: string;
  likesSummary: { selectedLikes: unknown[]; aggregatedTotalLikes: number; likedByCurrentUser: boolean; totalLikes: number };
  commentsSummary: { selectedComments: unknown[]; aggregatedTotalComments: number; totalFirstLevelComments: number };
}

export function mapSocialActions(target: string, engagement: Engagement): SocialActionsResponseDto {
  return {
    target,
    likesSummary: {
      selectedLikes: [],
      aggregatedTotalLikes: engagement.likes,
      likedByCurrentUser: false,
      totalLikes: engagement.likes,
    },
    commentsSummary: {
      selectedComments: [],
      aggregatedTotalComments: engagement.comments,
      totalFirstLevelComments: engagement.comments,
    },
  };
}
