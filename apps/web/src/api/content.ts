import { api } from './client';
import type { Campaign, CampaignInput, LinkPreview, Post, PostInput, PostStatus } from './types';

export const listPosts = (status?: PostStatus, signal?: AbortSignal) =>
  api.get<Post[]>(status ? `/posts?status=${status}` : '/posts', { signal });
export const getPost = (id: string, signal?: AbortSignal) => api.get<Post>(`/posts/${encodeURIComponent(id)}`, { signal });
export const createPost = (input: PostInput) => api.post<Post>('/posts', input);
export const updatePost = (id: string, input: Partial<PostInput>) => api.patch<Post>(`/posts/${encodeURIComponent(id)}`, input);
export const publishPost = (id: string) => api.post<Post>(`/posts/${encodeURIComponent(id)}/publish`);
export const archivePost = (id: string) => api.post<Post>(`/posts/${encodeURIComponent(id)}/archive`);
export const fetchLinkPreview = (url: string) => api.post<LinkPreview>('/link-preview', { url });

export const listCampaigns = (signal?: AbortSignal) => api.get<Campaign[]>('/campaigns', { signal });
export const createCampaign = (input: CampaignInput) => api.post<Campaign>('/campaigns', input);
