import type { SandboxArticle, SandboxDistribution, SandboxPost } from '../../state/sandbox-state.service';

/** A post as LinkedIn's Posts API returns it (times in epoch milliseconds). */
export interface PostResponseDto {
  id: string;
  author: string;
  commentary: string;
  visibility: string;
  lifecycleState: string;
  distribution: SandboxDistribution;
  content?: { article: SandboxArticle };
  isReshareDisabledByAuthor: boolean;
  createdAt: number;
  publishedAt: number;
  lastModifiedAt: number;
  lifecycleStateInfo: { isEditedByAuthor: boolean };
}

export interface PostsPageDto {
  elements: PostResponseDto[];
  paging: { start: number; count: number; total: number; links: unknown[] };
}

/** The commentary is the little text LinkedIn kept (cut short if the post was). */
export function mapPost(post: SandboxPost): PostResponseDto {
  return {
    id: post.id,
    author: post.author,
    commentary: post.storedCommentary,
    visibility: post.visibility,
    lifecycleState: post.lifecycleState,
    distribution: post.distribution,
    ...(post.article ? { content: { article: post.article } } : {}),
    isReshareDisabledByAuthor: post.isReshareDisabledByAuthor,
    createdAt: post.createdAt,
    publishedAt: post.createdAt,
    lastModifiedAt: post.lastModifiedAt,
    lifecycleStateInfo: { isEditedByAuthor: false },
  };
}
