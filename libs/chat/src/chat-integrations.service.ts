import { userMessage } from '@chorus/messages';
import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { AuthUser, IdentityRepository, requireRole, Role } from '@chorus/identity';
import { TokenCipher } from '@chorus/publishing';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ChatService, ChatWebhook, ORGANIZATION_SCOPE } from './chat-webhook.entity';
import { maskWebhookUrl, webhookUrlProblem } from './chat-webhook-url';
import { ChatWebhooksRepository } from './chat-webhooks.repository';
import { ChatWebhookResponse, PutChatWebhookDto } from './chat.dto';

/** Admins connect Slack and Teams channels (one webhook per service for the organisation and per team). */
@Injectable()
export class ChatIntegrationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: ChatWebhooksRepository,
    private readonly identity: IdentityRepository,
    private readonly cipher: TokenCipher,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser): Promise<ChatWebhookResponse[]> {
    requireRole(actor, [Role.Admin], 'action.manageChatIntegrations');
    return (await this.repository.list(actor.organizationId)).map(mapWebhook);
  }

  /** Sets (or replaces) the webhook of a service for the organisation or a team; a disabled one becomes active again. */
  async put(actor: AuthUser, service: ChatService, dto: PutChatWebhookDto): Promise<ChatWebhookResponse> {
    requireRole(actor, [Role.Admin], 'action.manageChatIntegrations');
    const url = dto.webhookUrl.trim();
    const problem = webhookUrlProblem(service, url, this.config.chat.webhookAllowedHosts);
    if (problem) throw new BadRequestException([problem]);
    const teamId = dto.teamId ?? null;
    if (teamId && !(await this.identity.findTeamInOrganization(actor.organizationId, teamId))) throw new BadRequestException([`teamId: no team with id ${teamId} in your organisation`]);
    const now = this.clock.now();
    const saved = await this.transactions.run(async (manager) => {
      const existing = await this.repository.findScoped(actor.organizationId, service, teamId, manager);
      const id = existing?.id ?? randomUUID();
      // Sealed to its row, like OAuth tokens: a ciphertext copied onto another row does not open.
      const sealed = this.cipher.seal(url, id);
      const webhook: ChatWebhook = {
        id,
        organizationId: actor.organizationId,
        service,
        teamId,
        scopeKey: teamId ?? ORGANIZATION_SCOPE,
        keyId: sealed.keyId,
        urlCiphertext: sealed.ciphertext,
        maskedUrl: maskWebhookUrl(url),
        status: 'active',
        disabledReason: null,
        disabledAt: null,
        createdById: existing?.createdById ?? actor.id,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await this.repository.save(manager, webhook);
      return webhook;
    });
    return mapWebhook(saved);
  }

  async remove(actor: AuthUser, service: ChatService, teamId: string | null): Promise<void> {
    requireRole(actor, [Role.Admin], 'action.manageChatIntegrations');
    if (!(await this.repository.remove(actor.organizationId, service, teamId))) throw new NotFoundException(userMessage(teamId ? 'chat.teamWebhookNotSet' : 'chat.webhookNotSet', { service }));
  }

  /** Re-seals every webhook URL under the current key (part of `cli rotate-keys`). */
  async rotateKeys(batchSize = 200): Promise<{ reencrypted: number; remaining: number }> {
    const current = this.cipher.currentKeyId;
    let reencrypted = 0;
    for (;;) {
      const batch = await this.repository.notUnderKey(current, batchSize);
      if (batch.length === 0) break;
      await this.transactions.run(async (manager) => {
        for (const webhook of batch) {
          const sealed = this.cipher.seal(this.cipher.open({ keyId: webhook.keyId, ciphertext: webhook.urlCiphertext }, webhook.id), webhook.id);
          await this.repository.save(manager, { ...webhook, keyId: sealed.keyId, urlCiphertext: sealed.ciphertext });
        }
      });
      reencrypted += batch.length;
    }
    return { reencrypted, remaining: await this.repository.countNotUnderKey(current) };
  }
}

export function mapWebhook(w: ChatWebhook): ChatWebhookResponse {
  return {
    id: w.id,
    service: w.service,
    teamId: w.teamId,
    maskedUrl: w.maskedUrl,
    status: w.status,
    disabledReason: w.disabledReason,
    disabledAt: w.disabledAt?.toISOString() ?? null,
    updatedAt: w.updatedAt.toISOString(),
  };
}
