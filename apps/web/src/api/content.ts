import { api, unwrap } from './client';
import type { CampaignInput, PostChanges, PostInput, PostStatus } from './models';

const byId = (id: string) => ({ params: { path: { id } } });

export const listPosts = (status?: PostStatus, signal?: AbortSignal) => unwrap(api.GET('/api/v1/posts', { params: { query: { status } }, signal }));
export const getPost = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/v1/posts/{id}', { ...byId(id), signal }));
/** A new post leaves out what is empty rather than sending nulls. */
export type PostDraft = PostChanges & Pick<PostInput, 'title' | 'suggestedCommentary'>;
export const createPost = (input: PostDraft) => unwrap(api.POST('/api/v1/posts', { body: withoutNulls(input) }));

function withoutNulls<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}
export const updatePost = (id: string, input: PostChanges) => unwrap(api.PATCH('/api/v1/posts/{id}', { ...byId(id), body: input }));
export const publishPost = (id: string) => unwrap(api.POST('/api/v1/posts/{id}/publish', byId(id)));
export const archivePost = (id: string) => unwrap(api.POST('/api/v1/posts/{id}/archive', byId(id)));
export const fetchLinkPreview = (url: string) => unwrap(api.POST('/api/v1/link-preview', { body: { url } }));

export const listCampaigns = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/campaigns', { signal }));
export const createCampaign = (input: CampaignInput) => unwrap(api.POST('/api/v1/campaigns', { body: input }));
