import { rewriteLinkedinUrl } from '@chorus/publishing';

export interface SandboxConsentOptions {
  /** The sandbox origin, e.g. `RunningLinkedinSandbox.url`. */
  sandboxUrl: string;
  /** The member's email. */
  member: string;
  decision?: 'allow' | 'deny';
}

/**
 * Plays the member's browser: opens the authorization URL (a LinkedIn URL, for example from
 * AuthClient.generateMemberAuthorizationUrl, is pointed at the sandbox), submits the consent
 * form as the member, and returns the URL the sandbox redirects to (the app's redirect_uri
 * with `code` and `state`, or with `error`). Throws if the sandbox shows a page instead.
 */
export async function completeSandboxConsent(authorizationUrl: string, options: SandboxConsentOptions): Promise<URL> {
  const pageUrl = rewriteLinkedinUrl(authorizationUrl, options.sandboxUrl);
  const page = await fetch(pageUrl, { redirect: 'manual' });
  if (page.status !== 200) {
    return redirectTarget(page, 'consent page');
  }
  const form = new URLSearchParams(hiddenFields(await page.text()));
  form.set('member', options.member);
  form.set('decision', options.decision ?? 'allow');
  const answer = await fetch(new URL('/oauth/v2/authorization', pageUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return redirectTarget(answer, 'consent decision');
}

async function redirectTarget(response: Response, step: string): Promise<URL> {
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) {
    throw new Error(`LinkedIn sandbox ${step} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  }
  return new URL(location);
}

function hiddenFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields.push([decodeHtml(match[1]), decodeHtml(match[2])]);
  }
  return fields;
}

function decodeHtml(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
