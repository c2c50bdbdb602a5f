import { api, unwrap } from './client';
import type { UpdateOrganizationInput } from './models';

export const getOrganization = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/organization', { signal }));
export const updateOrganization = (changes: UpdateOrganizationInput) => unwrap(api.PATCH('/api/v1/organization', { body: changes }));
