/** Results: measures, exports, the value-of-reach rates and the API keys the organisation's site reports conversions with. */
import { api, unwrap } from './client';
import type { AnalyticsScope, AnalyticsSettingsChanges, ExportTable, Metric } from './models';

export const getMyAnalytics = (range: { from?: string; to?: string }, signal?: AbortSignal) => unwrap(api.GET('/api/v1/me/analytics', { params: { query: range }, signal }));
export const getAnalyticsSummary = (scope: AnalyticsScope, signal?: AbortSignal) => unwrap(api.GET('/api/v1/analytics/summary', { params: { query: scope }, signal }));
export const getAnalyticsTimeseries = (scope: AnalyticsScope & { metric: Metric }, signal?: AbortSignal) => unwrap(api.GET('/api/v1/analytics/timeseries', { params: { query: scope }, signal }));
export const getTopContent = (scope: AnalyticsScope & { limit?: number }, signal?: AbortSignal) => unwrap(api.GET('/api/v1/analytics/top-content', { params: { query: scope }, signal }));
export const getCampaignProgress = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/analytics/campaigns', { signal }));
/** A campaign's report: its figures over its days (or the range given), its progress, and its top posts and advocates. */
export const getCampaignReport = (campaignId: string, range: { from?: string; to?: string }, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/analytics/campaigns/{id}/report', { params: { path: { id: campaignId }, query: range }, signal }));
export const getTopAdvocates = (scope: AnalyticsScope & { limit?: number }, signal?: AbortSignal) => unwrap(api.GET('/api/v1/analytics/top-advocates', { params: { query: scope }, signal }));

/**
 * Where a table's CSV downloads from. The session is in cookies, so a plain link (as the
 * users export) downloads it with the signed-in person's rights.
 */
export function exportUrl(table: ExportTable, scope: AnalyticsScope): string {
  const query = new URLSearchParams({ table });
  for (const [name, value] of Object.entries(scope)) if (value) query.set(name, value);
  return `/api/v1/analytics/export.csv?${query.toString()}`;
}

export const getAnalyticsSettings = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/analytics/settings', { signal }));
export const updateAnalyticsSettings = (changes: AnalyticsSettingsChanges) => unwrap(api.PATCH('/api/v1/analytics/settings', { body: changes }));

export const listApiKeys = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/api-keys', { signal }));
export const createApiKey = (name: string) => unwrap(api.POST('/api/v1/api-keys', { body: { name } }));
export const revokeApiKey = (id: string) => unwrap(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } }));
