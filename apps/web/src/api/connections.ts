import { api } from './client';
import type { Connection } from './types';

export const listConnections = (signal?: AbortSignal) => api.get<Connection[]>('/connections', { signal });
export const linkedinAuthorizeUrl = () => api.get<{ url: string }>('/connections/linkedin/authorize');
export const disconnect = (id: string) => api.delete(`/connections/${encodeURIComponent(id)}`);
