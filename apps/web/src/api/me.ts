import { api, unwrap } from './client';
import type { Me, UpdateMeInput } from './models';

export function getMe(signal?: AbortSignal): Promise<Me> {
  return unwrap(api.GET('/api/v1/me', { signal }));
}

export function updateMe(changes: UpdateMeInput): Promise<Me> {
  return unwrap(api.PATCH('/api/v1/me', { body: changes }));
}
