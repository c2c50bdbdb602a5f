import { api } from './client';
import type { AuditEntry, ComplianceAction, ComplianceCategory, ComplianceRule, Policy, PolicyVersionSummary } from './types';

export const getCurrentPolicy = (signal?: AbortSignal) => api.get<Policy>('/policies/current', { signal });
export const acknowledgePolicy = () => api.post<Policy>('/policies/current/acknowledge');
export const listPolicyVersions = (signal?: AbortSignal) => api.get<PolicyVersionSummary[]>('/policies', { signal });
export const publishPolicy = (body: string) => api.post<Policy>('/policies', { body });

export const listComplianceRules = (signal?: AbortSignal) => api.get<ComplianceRule[]>('/compliance-rules', { signal });
export const createComplianceRule = (input: { pattern: string; category: ComplianceCategory; action: ComplianceAction }) =>
  api.post<ComplianceRule>('/compliance-rules', input);
export const deleteComplianceRule = (id: string) => api.delete(`/compliance-rules/${encodeURIComponent(id)}`);

export const listAuditLog = (options: { shareId?: string; limit?: number; signal?: AbortSignal } = {}) => {
  const query = new URLSearchParams();
  if (options.shareId) query.set('shareId', options.shareId);
  if (options.limit) query.set('limit', String(options.limit));
  return api.get<AuditEntry[]>(`/audit-log${query.toString() ? `?${query}` : ''}`, { signal: options.signal });
};
