import { api } from './client';
import type { ComplianceVerdict, ReviewItem, ScheduleInput, Share, ShareStatus } from './types';

export const listShares = (status?: ShareStatus, signal?: AbortSignal) =>
  api.get<Share[]>(status ? `/shares?status=${encodeURIComponent(status)}` : '/shares', { signal });
export const getShare = (id: string, signal?: AbortSignal) => api.get<Share>(`/shares/${encodeURIComponent(id)}`, { signal });
export const createShare = (input: { postId: string; connectionId: string; commentary: string }) => api.post<Share>('/shares', input);
export const editShare = (id: string, commentary: string) => api.patch<Share>(`/shares/${encodeURIComponent(id)}`, { commentary });
export const approveShare = (id: string) => api.post<Share>(`/shares/${encodeURIComponent(id)}/approve`);
export const scheduleShare = (id: string, input: ScheduleInput) => api.post<Share>(`/shares/${encodeURIComponent(id)}/schedule`, input);
export const cancelShare = (id: string) => api.post<Share>(`/shares/${encodeURIComponent(id)}/cancel`);

export const checkCompliance = (text: string, signal?: AbortSignal) => api.post<ComplianceVerdict>('/compliance/check', { text }, { signal });

export const listReviews = (signal?: AbortSignal) => api.get<ReviewItem[]>('/reviews', { signal });
export const approveReview = (id: string, note?: string) =>
  api.post<Share>(`/reviews/${encodeURIComponent(id)}/approve`, note ? { note } : {});
export const rejectReview = (id: string, note: string) => api.post<Share>(`/reviews/${encodeURIComponent(id)}/reject`, { note });
