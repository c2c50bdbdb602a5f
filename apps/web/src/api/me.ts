import { api } from './client';
import type { Me, UpdateMeInput } from './types';

export function getMe(signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/me', { signal });
}

/** Expects the API to answer with the updated user, shaped like `GET /me`. */
export function updateMe(changes: UpdateMeInput): Promise<Me> {
  return api.patch<Me>('/me', changes);
}
