import type { SandboxClient, SandboxMember } from '../sandbox-options';

/** What LinkedIn's consent screen says for each scope. */
export const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  openid: 'Use your name and photo to sign you in',
  profile: 'Use your name and photo',
  email: 'Use the primary email address associated with your LinkedIn account',
  w_member_social: 'Create, modify, and delete posts, comments, and reactions on your behalf',
  r_member_social: 'Retrieve your posts, comments, likes, and other engagement data',
  r_member_postAnalytics: 'Retrieve the analytics of your posts (impressions, reach, engagement)',
};

/** Sent with every page: no scripts, no framing (the consent page must not be clickjacked). */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

export interface ConsentPageModel {
  client: SandboxClient;
  members: SandboxMember[];
  scopes: string[];
  /** The authorization request's fields, posted back as hidden inputs. */
  hiddenFields: Record<string, string>;
  selectedMember?: string;
  error?: string;
}

export function renderConsentPage(model: ConsentPageModel): string {
  const hidden = Object.entries(model.hiddenFields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n        ');
  const scopes = model.scopes
    .map((scope) => `<li>${escapeHtml(SCOPE_DESCRIPTIONS[scope] ?? scope)} <code>${escapeHtml(scope)}</code></li>`)
    .join('\n          ');
  const options = model.members
    .map((member) => {
      const selected = member.email === model.selectedMember ? ' selected' : '';
      return `<option value="${escapeHtml(member.email)}"${selected}>${escapeHtml(member.name)} (${escapeHtml(member.email)})</option>`;
    })
    .join('\n            ');
  const error = model.error
    ? `<p id="member-error" class="error" role="alert">${escapeHtml(model.error)}</p>`
    : '';
  const describedBy = model.error ? ' aria-describedby="member-error" aria-invalid="true"' : '';
  return layout(
    'Sign in to LinkedIn (sandbox)',
    `<h1>Sign in to LinkedIn <span class="tag">sandbox</span></h1>
      <p><strong>${escapeHtml(model.client.name)}</strong> would like to:</p>
      <ul class="scopes" aria-label="Requested permissions">
          ${scopes}
      </ul>
      <form method="post" action="/oauth/v2/authorization">
        ${hidden}
        <p>
          <label for="member">Member</label>
          <select id="member" name="member" required${describedBy}>
            <option value="">Choose a member</option>
            ${options}
          </select>
        </p>
        ${error}
        <div class="actions">
          <button type="submit" name="decision" value="allow">Allow</button>
          <button type="submit" name="decision" value="deny" formnovalidate class="secondary">Cancel</button>
        </div>
      </form>`,
  );
}

export function renderErrorPage(message: string): string {
  return layout(
    'Sign in to LinkedIn (sandbox): error',
    `<h1>Something went wrong</h1>
      <p role="alert">${escapeHtml(message)}</p>
      <p>The application that sent you here made an invalid request. Go back and try again.</p>`,
  );
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>
    <style>
      body { font-family: system-ui, sans-serif; background: #f4f2ee; color: #1d1d1d; margin: 0; }
      main { max-width: 30rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 0.5rem; }
      h1 { font-size: 1.5rem; margin-top: 0; }
      .tag { font-size: 0.8rem; background: #fde68a; padding: 0.1rem 0.4rem; border-radius: 0.25rem; vertical-align: middle; }
      .scopes li { margin-bottom: 0.4rem; }
      code { font-size: 0.8rem; color: #555; }
      label { display: block; font-weight: 600; margin-bottom: 0.3rem; }
      select { width: 100%; padding: 0.5rem; font-size: 1rem; }
      .error { color: #b91c1c; font-weight: 600; }
      .actions { display: flex; gap: 0.75rem; margin-top: 1.5rem; }
      button { font-size: 1rem; padding: 0.6rem 1.4rem; border-radius: 1.5rem; border: 1px solid #0a66c2; background: #0a66c2; color: #fff; cursor: pointer; }
      button.secondary { background: #fff; color: #0a66c2; }
      button:focus-visible, select:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
      footer { font-size: 0.85rem; color: #555; margin-top: 2rem; }
    </style>
  </head>
  <body>
    <main>
      ${body}
      <footer>This is a local LinkedIn sandbox for development and tests. Nothing is sent to LinkedIn.</footer>
    </main>
  </body>
</html>
`;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
