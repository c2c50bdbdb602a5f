import { api, unwrap } from './client';
import type { ChatService, PutChatWebhookInput, UpdateOrganizationInput } from './models';

export const getOrganization = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/organization', { signal }));
export const updateOrganization = (changes: UpdateOrganizationInput) => unwrap(api.PATCH('/api/v1/organization', { body: changes }));

export const listChatWebhooks = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/organization/integrations', { signal }));
export const putChatWebhook = (service: ChatService, input: PutChatWebhookInput) => unwrap(api.PUT('/api/v1/organization/integrations/{service}', { params: { path: { service } }, body: input }));
export const deleteChatWebhook = (service: ChatService, teamId: string | null) =>
  unwrap(api.DELETE('/api/v1/organization/integrations/{service}', { params: { path: { service }, query: { teamId: teamId ?? undefined } } }));
