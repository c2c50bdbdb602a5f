import { api, unwrap } from './client';
import type { ComplianceAction, ComplianceCategory } from './models';

export const getCurrentPolicy = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/policies/current', { signal }));
export const acknowledgePolicy = () => unwrap(api.POST('/api/v1/policies/current/acknowledge'));
export const listPolicyVersions = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/policies', { signal }));
export const publishPolicy = (body: string) => unwrap(api.POST('/api/v1/policies', { body: { body } }));

export const listComplianceRules = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/compliance-rules', { signal }));
export const createComplianceRule = (input: { pattern: string; category: ComplianceCategory; action: ComplianceAction }) => unwrap(api.POST('/api/v1/compliance-rules', { body: input }));
export const deleteComplianceRule = (id: string) => unwrap(api.DELETE('/api/v1/compliance-rules/{id}', { params: { path: { id } } }));

export const listAuditLog = (options: { shareId?: string; limit?: number; signal?: AbortSignal } = {}) =>
  unwrap(api.GET('/api/v1/audit-log', { params: { query: { shareId: options.shareId, limit: options.limit } }, signal: options.signal }));
