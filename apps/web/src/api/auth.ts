import { anonymousApi, unwrap } from './client';
import type { AcceptInviteInput, Credentials } from './models';

// The API answers these with tokens too, for non-browser clients. The UI relies on the
// httpOnly cookies the same responses set, so the tokens are deliberately not kept.

export async function login(credentials: Credentials): Promise<void> {
  await unwrap(anonymousApi.POST('/api/v1/auth/login', { body: credentials }));
}

/** Whom an invitation link is for; refuses a used, unknown or expired link (before any password is typed). */
export function checkInvite(token: string, signal?: AbortSignal) {
  return unwrap(anonymousApi.GET('/api/v1/auth/invite', { params: { query: { token } }, signal }));
}

export async function acceptInvite(input: AcceptInviteInput): Promise<void> {
  await unwrap(anonymousApi.POST('/api/v1/auth/accept-invite', { body: input }));
}

export async function logout(): Promise<void> {
  await unwrap(anonymousApi.POST('/api/v1/auth/logout', { body: {} }));
}
