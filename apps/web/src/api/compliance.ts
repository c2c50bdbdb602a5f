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

export interface AuditFilters {
  shareId?: string;
  userId?: string;
  action?: string;
  /** ISO instants. */
  from?: string;
  to?: string;
}

/** The whole audit log (share transitions and admin actions), one page after `cursor`. */
export const listAuditEvents = (options: AuditFilters & { limit?: number; cursor?: string | null; signal?: AbortSignal }) =>
  unwrap(
    api.GET('/api/v1/audit-log/events', {
      params: { query: { shareId: options.shareId, userId: options.userId, action: options.action, from: options.from, to: options.to, limit: options.limit, cursor: options.cursor ?? undefined } },
      signal: options.signal,
    }),
  );
