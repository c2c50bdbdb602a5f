import type { AppConfig } from '@chorus/config';
import { DEFAULT_SANDBOX_CLIENT, SandboxOptions } from './sandbox-options';

/**
 * The sandbox as Chorus runs it (inside `npm start`, or `npm run start:sandbox`): one
 * application, Chorus's own, whose only authorized redirect URL is Chorus's callback, as an
 * operator registers it in LinkedIn's developer portal. A consent request or token exchange
 * naming any other URL is refused the way LinkedIn refuses it.
 */
export function chorusSandboxOptions(config: AppConfig): SandboxOptions {
  return {
    clients: [
      {
        ...DEFAULT_SANDBOX_CLIENT,
        clientId: config.linkedin.clientId,
        clientSecret: config.linkedin.clientSecret,
        redirectUris: [config.linkedin.redirectUrl],
      },
    ],
  };
}
