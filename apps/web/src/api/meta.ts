import { anonymousApi, unwrap } from './client';
import type { Meta } from './models';

export function getMeta(signal?: AbortSignal): Promise<Meta> {
  return unwrap(anonymousApi.GET('/api/v1/meta', { signal }));
}
