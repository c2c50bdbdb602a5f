import type { AppConfig } from '@chorus/config';
import { DEFAULT_SANDBOX_CLIENT, SandboxOptions, SELF_SERVE_SCOPES } from './sandbox-options';

/**
 * The sandbox as Chorus runs it (inside `npm start`, or `npm run start:sandbox`): one
 * application, Chorus's own, whose only authorized redirect URL is Chorus's callback, as an
 * operator registers it in LinkedIn's developer portal. A consent request or token exchange
 * naming any other URL is refused the way LinkedIn refuses it. The application is granted the
 * scopes Chorus is set to ask for (LINKEDIN_SCOPES), as a partner app would be, so adding
 * `r_member_social r_member_postAnalytics` there lets the demo read engagement.
 */
export function chorusSandboxOptions(config: AppConfig): SandboxOptions {
  return {
    clients: [
      {
        ...DEFAULT_SANDBOX_CLIENT,
        clientId: config.linkedin.clientId,
        clientSecret: config.linkedin.clientSecret,
        redirectUris: [config.linkedin.redirectUrl],
        scopes: [...new Set([...SELF_SERVE_SCOPES, ...config.linkedin.scopes])],
      },
    ],
  };
}
