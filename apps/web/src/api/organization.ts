import { api } from './client';
import type { Organization, UpdateOrganizationInput } from './types';

export const getOrganization = (signal?: AbortSignal) => api.get<Organization>('/organization', { signal });
export const updateOrganization = (changes: UpdateOrganizationInput) => api.patch<Organization>('/organization', changes);
