import { api, unwrap } from './client';
import type { NotificationList } from './models';

export function listNotifications(options: { unreadOnly?: boolean; limit?: number; cursor?: string | null; signal?: AbortSignal } = {}): Promise<NotificationList> {
  const query = { unread: options.unreadOnly ? ('true' as const) : undefined, limit: options.limit, cursor: options.cursor ?? undefined };
  return unwrap(api.GET('/api/v1/me/notifications', { params: { query }, signal: options.signal }));
}

export const markNotificationRead = (id: string) => unwrap(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } }));
export const markAllNotificationsRead = () => unwrap(api.POST('/api/v1/me/notifications/read-all'));
