import { Campaign } from './campaign.entity';
import { Post, PostVariants } from './post.entity';

export interface PostResponse {
  id: string;
  title: string;
  url: string | null;
  description: string | null;
  suggestedCommentary: string;
  variants: PostVariants;
  hashtags: string[];
  imageUrl: string | null;
  teamIds: string[];
  campaignId: string | null;
  status: Post['status'];
  publishAt: string | null;
  expiresAt: string | null;
  featured: boolean;
  points: number | null;
  requireOwnCommentary: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FeedItemResponse extends Omit<PostResponse, 'teamIds' | 'status'> {
  /** The caller's own latest share of this post, if any. */
  myShare: { id: string; status: string } | null;
}

export interface FeedResponse {
  items: FeedItemResponse[];
  nextCursor: string | null;
}

export interface CampaignResponse {
  id: string;
  name: string;
  goal: string | null;
  startsAt: string | null;
  endsAt: string | null;
  pointsMultiplier: number;
  createdAt: string;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function mapPost(post: Post, teamIds: string[]): PostResponse {
  return {
    id: post.id,
    title: post.title,
    url: post.url,
    description: post.description,
    suggestedCommentary: post.suggestedCommentary,
    variants: post.variants,
    hashtags: post.hashtags,
    imageUrl: post.imageUrl,
    teamIds,
    campaignId: post.campaignId,
    status: post.status,
    publishAt: iso(post.publishAt),
    expiresAt: iso(post.expiresAt),
    featured: post.featured,
    points: post.points,
    requireOwnCommentary: post.requireOwnCommentary,
    publishedAt: iso(post.publishedAt),
    createdAt: post.createdAt.toISOString(),
    updatedAt: post.updatedAt.toISOString(),
  };
}

export function mapFeedItem(post: Post, myShare: FeedItemResponse['myShare']): FeedItemResponse {
  const { teamIds: _teams, status: _status, ...rest } = mapPost(post, []);
  return { ...rest, myShare };
}

export function mapCampaign(campaign: Campaign): CampaignResponse {
  return {
    id: campaign.id,
    name: campaign.name,
    goal: campaign.goal,
    startsAt: iso(campaign.startsAt),
    endsAt: iso(campaign.endsAt),
    pointsMultiplier: campaign.pointsMultiplierPercent / 100,
    createdAt: campaign.createdAt.toISOString(),
  };
}
