import { ChatService } from './chat-webhook.entity';

/**
 * Where each service's incoming webhooks live. Slack: hooks.slack.com. Teams: workflow
 * webhooks (Power Automate: *.logic.azure.com, *.api.powerplatform.com) and the older
 * connector URLs (*.webhook.office.com).
 */
const SERVICE_HOSTS: Record<ChatService, (host: string) => boolean> = {
  slack: (host) => host === 'hooks.slack.com',
  teams: (host) => ['.logic.azure.com', '.powerplatform.com', '.webhook.office.com'].some((suffix) => host.endsWith(suffix)),
};

const EXAMPLES: Record<ChatService, string> = {
  slack: 'https://hooks.slack.com/services/T000/B000/XXXX',
  teams: 'https://prod-00.westeurope.logic.azure.com/workflows/…',
};

/**
 * Checks a webhook URL: https to the service's own hosts, or a host the operator allowed
 * (CHAT_WEBHOOK_ALLOWED_HOSTS; plain http only there). Returns the problem in words, or null.
 * Chat webhooks are POSTed to by the server, so an arbitrary URL would let an admin make
 * Chorus send requests into its own network.
 */
export function webhookUrlProblem(service: ChatService, raw: string, allowedHosts: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `webhookUrl must be a URL such as ${EXAMPLES[service]}`;
  }
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const allowed = allowedHosts.includes(host);
  if (url.username || url.password) return 'webhookUrl must not contain a user name or password';
  if (url.protocol !== 'https:' && !(allowed && url.protocol === 'http:')) return 'webhookUrl must start with https://';
  if (!allowed && !SERVICE_HOSTS[service](host)) {
    return service === 'slack'
      ? `webhookUrl must be a Slack incoming webhook on hooks.slack.com, such as ${EXAMPLES.slack}; ${host} is not`
      : `webhookUrl must be a Teams workflow webhook (on logic.azure.com or powerplatform.com) or a webhook.office.com URL; ${host} is not`;
  }
  if (url.pathname.length < 2) return 'webhookUrl must be the whole webhook URL, path included';
  return null;
}

/** Scheme, host and the last four characters: enough to recognise it, useless to post with. */
export function maskWebhookUrl(raw: string): string {
  const url = new URL(raw);
  const tail = `${url.pathname}${url.search}`.slice(-4);
  return `${url.protocol}//${url.host}/…${tail}`;
}
