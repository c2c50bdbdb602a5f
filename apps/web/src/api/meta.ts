import { api } from './client';
import type { Meta } from './types';

export function getMeta(signal?: AbortSignal): Promise<Meta> {
  return api.get<Meta>('/meta', { signal, anonymous: true });
}
