import { api } from '../api/client';

/** One in-app notification, as `GET /me/notifications` gives it. */
export interface AppNotification {
  id: string;
  kind: string;
  /** Translate `<code>.title` and `<code>.body`; null on old notifications (show title and body). */
  code: string | null;
  params: Record<string, string | number>;
  title: string;
  body: string;
  /** A path in this app, or an address elsewhere (the live post on LinkedIn). */
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationList {
  items: AppNotification[];
  unreadCount: number;
  nextCursor: string | null;
}

export function listNotifications(options: { unreadOnly?: boolean; limit?: number; cursor?: string | null; signal?: AbortSignal } = {}): Promise<NotificationList> {
  const query = new URLSearchParams();
  if (options.unreadOnly) query.set('unread', 'true');
  if (options.limit) query.set('limit', String(options.limit));
  if (options.cursor) query.set('cursor', options.cursor);
  const suffix = query.toString() ? `?${query}` : '';
  return api.get<NotificationList>(`/me/notifications${suffix}`, { signal: options.signal });
}

export const markNotificationRead = (id: string) => api.post<void>(`/me/notifications/${encodeURIComponent(id)}/read`);
export const markAllNotificationsRead = () => api.post<{ marked: number }>('/me/notifications/read-all');

export type ChatServiceName = 'slack' | 'teams';

export interface ChatWebhook {
  id: string;
  service: ChatServiceName;
  teamId: string | null;
  maskedUrl: string;
  status: 'active' | 'disabled';
  disabledReason: string | null;
  disabledAt: string | null;
  updatedAt: string;
}

export const listChatWebhooks = (signal?: AbortSignal) => api.get<ChatWebhook[]>('/organization/integrations', { signal });
export const putChatWebhook = (service: ChatServiceName, input: { webhookUrl: string; teamId?: string }) => api.put<ChatWebhook>(`/organization/integrations/${service}`, input);
export const deleteChatWebhook = (service: ChatServiceName, teamId: string | null) =>
  api.delete(`/organization/integrations/${service}${teamId ? `?teamId=${encodeURIComponent(teamId)}` : ''}`);

/** Told by anything that changes what is read, so the bell's count follows at once. */
export const NOTIFICATIONS_CHANGED = 'chorus:notifications-changed';

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}
