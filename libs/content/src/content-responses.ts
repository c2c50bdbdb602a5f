import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Campaign, CAMPAIGN_OBJECTIVES, CampaignObjective } from './campaign.entity';
import { Post, PostStatus, PostVariants } from './post.entity';

// Response classes: their decorators describe the answers in the OpenAPI document, from which
// the web app's types are generated. The mappers below build them as plain objects.

const POST_STATUSES: readonly PostStatus[] = ['draft', 'published', 'archived'];

export class PostVariantsResponse implements PostVariants {
  @ApiPropertyOptional() linkedin?: string;
  @ApiPropertyOptional() x?: string;
}

export class PostResponse {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() suggestedCommentary!: string;
  @ApiProperty({ type: PostVariantsResponse }) variants!: PostVariants;
  @ApiProperty({ type: [String] }) hashtags!: string[];
  @ApiProperty({ type: String, nullable: true }) imageUrl!: string | null;
  @ApiProperty({ type: [String], description: 'Empty: everyone' }) teamIds!: string[];
  @ApiProperty({ type: String, nullable: true }) campaignId!: string | null;
  @ApiProperty({ enum: POST_STATUSES, enumName: 'PostStatus' }) status!: Post['status'];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty() featured!: boolean;
  @ApiProperty({ type: Number, nullable: true }) points!: number | null;
  @ApiProperty() requireOwnCommentary!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class MyShareRef {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'A share status' }) status!: string;
}

/** What sharing a post earns once the share is published, as the points ledger will count it. */
export class FeedPoints {
  @ApiProperty({ description: "The post's points or the organisation's rule, times the running campaign's multiplier, rounded" }) published!: number;
  @ApiProperty({ description: 'Added when the text is in the sharer’s own words, times the same multiplier' }) ownWordsBonus!: number;
  @ApiProperty({ description: 'The campaign multiplier applied, as a whole percentage (100 = ×1)' }) multiplierPercent!: number;
}

export class FeedItemResponse extends OmitType(PostResponse, ['teamIds', 'status'] as const) {
  @ApiProperty({ type: MyShareRef, nullable: true, description: "The caller's own latest share of this post, if any." })
  myShare!: MyShareRef | null;
  @ApiProperty({ type: FeedPoints, nullable: true, description: 'What a share published now would earn; null when points are not counted' })
  pointsForSharing!: FeedPoints | null;
  @ApiProperty({ description: 'The caller already shared this post (a share scheduled, publishing or published); such posts come last' })
  sharedByMe!: boolean;
}

export class FeedCampaignRef {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class FeedHashtagCount {
  @ApiProperty({ example: '#hiring' }) tag!: string;
  @ApiProperty({ description: 'How many posts of the feed carry it' }) posts!: number;
}

export class FeedTopicsResponse {
  @ApiProperty({ type: [FeedCampaignRef] }) campaigns!: FeedCampaignRef[];
  @ApiProperty({ type: [FeedHashtagCount], description: 'Most used first' }) hashtags!: FeedHashtagCount[];
}

export class FeedResponse {
  @ApiProperty({ type: [FeedItemResponse] }) items!: FeedItemResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CampaignResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'marketing' }) goal!: string | null;
  @ApiProperty({ type: String, enum: CAMPAIGN_OBJECTIVES, nullable: true, description: 'What the target counts' }) objective!: CampaignObjective | null;
  @ApiProperty({ type: Number, nullable: true }) target!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt!: string | null;
  @ApiProperty({ example: 1.5 }) pointsMultiplier!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class LinkPreviewResponse {
  @ApiProperty({ description: 'The address the page was finally served from, after redirects.' }) url!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) imageUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) siteName!: string | null;
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

export function mapFeedItem(post: Post, myShare: FeedItemResponse['myShare'], pointsForSharing: FeedPoints | null, sharedByMe: boolean): FeedItemResponse {
  const { teamIds: _teams, status: _status, ...rest } = mapPost(post, []);
  return { ...rest, myShare, pointsForSharing, sharedByMe };
}

export function mapCampaign(campaign: Campaign): CampaignResponse {
  return {
    id: campaign.id,
    name: campaign.name,
    goal: campaign.goal,
    objective: campaign.objective,
    target: campaign.target,
    startsAt: iso(campaign.startsAt),
    endsAt: iso(campaign.endsAt),
    pointsMultiplier: campaign.pointsMultiplierPercent / 100,
    createdAt: campaign.createdAt.toISOString(),
  };
}
