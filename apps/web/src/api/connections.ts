import { api, unwrap } from './client';

const byId = (id: string) => ({ params: { path: { id } } });

export const listConnections = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/connections', { signal }));
export const linkedinAuthorizeUrl = () => unwrap(api.GET('/api/v1/connections/linkedin/authorize'));
export const disconnect = (id: string) => unwrap(api.DELETE('/api/v1/connections/{id}', byId(id)));
