import { api } from './client';
import type { CreatedUser, CreateUserInput, ImportResult, Team, User } from './types';

export const listUsers = (signal?: AbortSignal) => api.get<User[]>('/users', { signal });
export const createUser = (input: CreateUserInput) => api.post<CreatedUser>('/users', input);
export const importUsers = (csv: string) => api.post<ImportResult>('/users/import', { csv });
export const deactivateUser = (id: string) => api.post<User>(`/users/${encodeURIComponent(id)}/deactivate`);
export const reinviteUser = (id: string) => api.post<CreatedUser>(`/users/${encodeURIComponent(id)}/invite`);

export const listTeams = (signal?: AbortSignal) => api.get<Team[]>('/teams', { signal });
export const createTeam = (input: { name: string; managerId?: string }) => api.post<Team>('/teams', input);
export const updateTeam = (id: string, input: { name?: string; managerId?: string | null }) =>
  api.patch<Team>(`/teams/${encodeURIComponent(id)}`, input);
