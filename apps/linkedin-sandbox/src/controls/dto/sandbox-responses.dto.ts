import type { AccessTokenResponseDto } from '../../oauth/dto/token-response.dto';
import type { Engagement } from '../../posts/engagement';
import type { SandboxMember } from '../../sandbox-options';
import type { SandboxArticle, SandboxPost } from '../../state/sandbox-state.service';

/** A post as the test controls show it. */
export interface SandboxPostDto {
  id: string;
  author: string;
  authorEmail: string;
  /** As LinkedIn would show it: escapes removed, hashtag templates rendered, cut short if it was. */
  commentary: string;
  /** Exactly what the client sent. */
  rawCommentary: string;
  /** The little text LinkedIn kept. */
  storedCommentary: string;
  truncated: boolean;
  hashtags: string[];
  article: SandboxArticle | null;
  visibility: string;
  lifecycleState: string;
  createdAt: string;
}

export interface SandboxEngagementDto {
  id: string;
  likeCount: number;
  commentCount: number;
  reshareCount: number;
  impressionCount: number;
}

export interface SandboxMemberDto {
  email: string;
  name: string;
  sub: string;
  urn: string;
}

/** An access token the controls issued, as the token endpoint would have answered it, with its member. */
export interface IssuedTokenDto extends AccessTokenResponseDto {
  /** The member's email. */
  member: string;
  sub: string;
}

export function mapSandboxPost(post: SandboxPost): SandboxPostDto {
  return {
    id: post.id,
    author: post.author,
    authorEmail: post.authorEmail,
    commentary: post.displayCommentary,
    rawCommentary: post.rawCommentary,
    storedCommentary: post.storedCommentary,
    truncated: post.truncated,
    hashtags: post.hashtags,
    article: post.article,
    visibility: post.visibility,
    lifecycleState: post.lifecycleState,
    createdAt: new Date(post.createdAt).toISOString(),
  };
}

export function mapSandboxEngagement(id: string, engagement: Engagement): SandboxEngagementDto {
  return {
    id,
    likeCount: engagement.likes,
    commentCount: engagement.comments,
    reshareCount: engagement.reshares,
    impressionCount: engagement.impressions,
  };
}

export function mapSandboxMember(member: SandboxMember): SandboxMemberDto {
  return { email: member.email, name: member.name, sub: member.sub, urn: `urn:li:person:${member.sub}` };
}
