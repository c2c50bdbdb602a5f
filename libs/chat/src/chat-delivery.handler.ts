import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { Role } from '@chorus/identity';
import { HandlesJob, JobContext, JobHandler, JobPayloads, RetryLaterError } from '@chorus/jobs';
import { NOTIFICATION_LINKS, NotificationsService } from '@chorus/notifications';
import { TokenCipher } from '@chorus/publishing';
import { Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength } from 'class-validator';
import { chatBody } from './chat-messages';
import { ChatWebhook } from './chat-webhook.entity';
import { ChatWebhooksRepository } from './chat-webhooks.repository';

export class ChatDeliverPayload {
  @IsUUID('all') webhookId!: string;
  @IsString() @MaxLength(500) title!: string;
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(1000, { each: true }) lines!: string[];
  @IsString() @MaxLength(2000) url!: string;
  @IsString() @MaxLength(100) linkLabel!: string;
}

const REQUEST_TIMEOUT_MS = 10_000;
const SERVICE_NAMES = { slack: 'Slack', teams: 'Teams' } as const;

/**
 * Slack's answers (a plain-text error code) that mean the webhook will never work again: the
 * app was removed, the token revoked, the channel archived or deleted, the workspace gone.
 * Teams (and Slack too) answer a revoked webhook with 404 or 410.
 */
const REVOKED_ANSWERS = new Set(['no_service', 'invalid_token', 'team_disabled', 'channel_not_found', 'channel_is_archived', 'no_team', 'no_service_id']);

/**
 * Posts one message to one webhook. 429 and 5xx (and no answer) are retried by the queue,
 * after Retry-After when the service gave one; a revoked webhook is disabled and the
 * organisation's admins are told; any other refusal ends the job. The URL is opened here only
 * and never logged: error messages name the webhook by id.
 */
@HandlesJob('chat.deliver', ChatDeliverPayload)
export class ChatDeliveryHandler implements JobHandler<'chat.deliver'> {
  private readonly logger = new Logger('Chat');

  constructor(
    private readonly repository: ChatWebhooksRepository,
    private readonly cipher: TokenCipher,
    private readonly notifications: NotificationsService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async handle(payload: JobPayloads['chat.deliver'], _context?: JobContext): Promise<void> {
    const webhook = await this.repository.find(payload.webhookId);
    if (!webhook || webhook.status !== 'active') return; // Removed or disabled since: nothing to send.
    const name = `${SERVICE_NAMES[webhook.service]} webhook ${webhook.id}`;
    const url = this.cipher.open({ keyId: webhook.keyId, ciphertext: webhook.urlCiphertext }, webhook.id);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(chatBody(webhook.service, payload)),
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`${name} did not answer (${(error as Error).name}); trying again later.`);
    }
    const answer = (await response.text().catch(() => '')).trim().slice(0, 200);
    if (response.ok) return;
    const status = response.status;
    if (status === 404 || status === 410 || REVOKED_ANSWERS.has(answer)) {
      await this.disable(webhook, `${status}${answer ? ` ${answer}` : ''}`);
      return;
    }
    if (status === 429 || status >= 500) {
      const message = `${name} answered ${status}; trying again later.`;
      const after = retryAfterMs(response.headers.get('retry-after'), this.clock.now());
      throw after === null ? new Error(message) : new RetryLaterError(message, after);
    }
    throw new UnrecoverableError(`${name} refused the message with ${status}${answer ? ` (${answer})` : ''}; it is not sent.`);
  }

  private async disable(webhook: ChatWebhook, reason: string): Promise<void> {
    const now = this.clock.now();
    const service = SERVICE_NAMES[webhook.service];
    const disabled = await this.transactions.run(async (manager) => {
      if (!(await this.repository.disable(manager, webhook, reason, now))) return false;
      await this.notifications.fanOut(
        manager,
        { organizationId: webhook.organizationId, role: Role.Admin },
        {
          kind: 'integration.disabled',
          code: 'notification.integrationDisabled',
          params: { service, reason, webhookId: webhook.id, teamId: webhook.teamId ?? '' },
          dedupeKey: `integration-disabled:${webhook.id}:${webhook.updatedAt.getTime()}`,
          link: NOTIFICATION_LINKS.organization(),
        },
      );
      return true;
    });
    if (disabled) this.logger.warn(`${service} webhook ${webhook.id} of organisation ${webhook.organizationId} was refused (${reason}); it is disabled.`);
  }
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
