import { api } from './client';
import type { AcceptInviteInput, Credentials } from './types';

// The API answers these with tokens too, for non-browser clients. The UI relies on the
// httpOnly cookies the same responses set, so the tokens are deliberately not kept.

export async function login(credentials: Credentials): Promise<void> {
  await api.post<unknown>('/auth/login', credentials, { anonymous: true });
}

export async function acceptInvite(input: AcceptInviteInput): Promise<void> {
  await api.post<unknown>('/auth/accept-invite', input, { anonymous: true });
}

export async function logout(): Promise<void> {
  await api.post<void>('/auth/logout', undefined, { anonymous: true });
}
