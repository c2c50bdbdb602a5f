import { retryAfterMs } from './chat-delivery.handler';
import { maskWebhookUrl, webhookUrlProblem } from './chat-webhook-url';

describe('chat webhook URLs', () => {
  it.each([
    ['slack', 'https://hooks.slack.com/services/T0/B0/abc'],
    ['teams', 'https://prod-01.westeurope.logic.azure.com:443/workflows/x/triggers/manual/paths/invoke?sig=1'],
    ['teams', 'https://default1234.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/x'],
    ['teams', 'https://acme.webhook.office.com/webhookb2/x'],
  ] as const)('accepts a %s webhook %s', (service, url) => {
    expect(webhookUrlProblem(service, url, [])).toBeNull();
  });

  it.each([
    ['slack', 'https://hooks.slack.com.evil.example/services/x', 'webhookUrl must be a Slack incoming webhook'],
    ['slack', 'https://user:pw@hooks.slack.com/services/x', 'webhookUrl must not contain a user name or password'],
    ['teams', 'https://logic.azure.com.evil.example/x', 'webhookUrl must be a Teams workflow webhook'],
    ['slack', 'http://127.0.0.1:9/services/x', 'webhookUrl must start with https://'],
    ['slack', 'https://hooks.slack.com/', 'webhookUrl must be the whole webhook URL'],
    ['slack', 'ftp://hooks.slack.com/x', 'webhookUrl must start with https://'],
  ] as const)('refuses %s %s', (service, url, problem) => {
    expect(webhookUrlProblem(service, url, [])).toMatch(new RegExp(`^${problem.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
  });

  it('accepts http only for allowed hosts', () => {
    expect(webhookUrlProblem('slack', 'http://127.0.0.1:9/services/x', ['127.0.0.1'])).toBeNull();
    expect(webhookUrlProblem('teams', 'http://[::1]:9/hook', ['::1'])).toBeNull();
  });

  it('masks all but the scheme, host and last four characters', () => {
    expect(maskWebhookUrl('https://hooks.slack.com/services/T0/B0/SecretAbCd')).toBe('https://hooks.slack.com/…AbCd');
    expect(maskWebhookUrl('https://x.logic.azure.com:443/workflows/a?sig=zz99')).toBe('https://x.logic.azure.com/…zz99');
  });

  it('reads Retry-After as seconds or a date, and ignores nonsense', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
