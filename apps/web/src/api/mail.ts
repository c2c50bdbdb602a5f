import { anonymousApi, api, unwrap } from './client';
import type { MailPreferences, MailPreferencesChanges, PasswordResetRequested, SentMail, SentMailList, UnsubscribeAnswer } from './models';

export function getMailPreferences(signal?: AbortSignal): Promise<MailPreferences> {
  return unwrap(api.GET('/api/v1/me/notification-preferences', { signal }));
}

export function updateMailPreferences(changes: MailPreferencesChanges): Promise<MailPreferences> {
  return unwrap(api.PATCH('/api/v1/me/notification-preferences', { body: changes }));
}

export function listSentMail(options: { limit?: number; cursor?: string | null; signal?: AbortSignal } = {}): Promise<SentMailList> {
  return unwrap(api.GET('/api/v1/admin/sent-mail', { params: { query: { limit: options.limit, cursor: options.cursor ?? undefined } }, signal: options.signal }));
}

export function getSentMail(id: string, signal?: AbortSignal): Promise<SentMail> {
  return unwrap(api.GET('/api/v1/admin/sent-mail/{id}', { params: { path: { id } }, signal }));
}

// Asked without signing in: a 401 here is an answer, not an ended session.

/** The server's one answer, whether or not the address has an account. */
export function requestPasswordReset(email: string): Promise<PasswordResetRequested> {
  return unwrap(anonymousApi.POST('/api/v1/auth/forgot-password', { body: { email } }));
}

export async function resetPassword(token: string, password: string): Promise<void> {
  await unwrap(anonymousApi.POST('/api/v1/auth/reset-password', { body: { token, password } }));
}

/** What an unsubscribe link would stop; nothing changes. */
export function describeUnsubscribe(token: string, signal?: AbortSignal): Promise<UnsubscribeAnswer> {
  return unwrap(anonymousApi.GET('/api/v1/unsubscribe', { params: { query: { token } }, signal }));
}

export function unsubscribe(token: string): Promise<UnsubscribeAnswer> {
  return unwrap(anonymousApi.POST('/api/v1/unsubscribe', { params: { query: { token } } }));
}
