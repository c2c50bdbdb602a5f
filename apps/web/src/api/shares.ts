import { api, unwrap } from './client';
import type { ScheduleInput, ShareStatus } from './models';

const byId = (id: string) => ({ params: { path: { id } } });
const byShareId = (shareId: string) => ({ params: { path: { shareId } } });

export const listShares = (status?: ShareStatus, signal?: AbortSignal) => unwrap(api.GET('/api/v1/shares', { params: { query: { status } }, signal }));
export const getShare = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/v1/shares/{id}', { ...byId(id), signal }));
export const createShare = (input: { postId: string; connectionId: string; commentary: string }) => unwrap(api.POST('/api/v1/shares', { body: input }));
export const editShare = (id: string, commentary: string) => unwrap(api.PATCH('/api/v1/shares/{id}', { ...byId(id), body: { commentary } }));
export const approveShare = (id: string) => unwrap(api.POST('/api/v1/shares/{id}/approve', byId(id)));
export const scheduleShare = (id: string, input: ScheduleInput) => unwrap(api.POST('/api/v1/shares/{id}/schedule', { ...byId(id), body: input }));
export const cancelShare = (id: string) => unwrap(api.POST('/api/v1/shares/{id}/cancel', byId(id)));
export const getShareEngagement = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/v1/shares/{id}/engagement', { ...byId(id), signal }));

export const checkCompliance = (text: string, signal?: AbortSignal) => unwrap(api.POST('/api/v1/compliance/check', { body: { text }, signal }));

export const listReviews = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/reviews', { signal }));
export const approveReview = (id: string, note?: string) => unwrap(api.POST('/api/v1/reviews/{shareId}/approve', { ...byShareId(id), body: note ? { note } : {} }));
export const rejectReview = (id: string, note: string) => unwrap(api.POST('/api/v1/reviews/{shareId}/reject', { ...byShareId(id), body: { note } }));
