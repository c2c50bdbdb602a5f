import { api, unwrap } from './client';
import type { CreateUserInput } from './models';

const byId = (id: string) => ({ params: { path: { id } } });

export const listUsers = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/users', { signal }));
export const createUser = (input: CreateUserInput) => unwrap(api.POST('/api/v1/users', { body: input }));
export const importUsers = (csv: string) => unwrap(api.POST('/api/v1/users/import', { body: { csv } }));
export const deactivateUser = (id: string) => unwrap(api.POST('/api/v1/users/{id}/deactivate', byId(id)));
export const reinviteUser = (id: string) => unwrap(api.POST('/api/v1/users/{id}/invite', byId(id)));

export const listTeams = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/teams', { signal }));
export const createTeam = (input: { name: string; managerId?: string }) => unwrap(api.POST('/api/v1/teams', { body: input }));
export const updateTeam = (id: string, input: { name?: string; managerId?: string | null }) => unwrap(api.PATCH('/api/v1/teams/{id}', { ...byId(id), body: input }));
