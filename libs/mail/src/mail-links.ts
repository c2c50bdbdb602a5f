import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Inject, Injectable } from '@nestjs/common';
import { UnsubscribeScope, UnsubscribeTokens } from './unsubscribe-token';

/** Every link a mail carries goes to APP_URL: the web app's pages and the one-click unsubscribe route. */
@Injectable()
export class MailLinks {
  readonly tokens: UnsubscribeTokens;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.tokens = new UnsubscribeTokens(config.auth.jwtSecret);
  }

  /** A path of the web app (`/shares/…`) as a full URL; links that already are URLs (the post on LinkedIn) stay as they are. */
  app(path: string): string {
    return /^https?:\/\//.test(path) ? path : `${this.config.appUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  preferences(): string {
    return this.app('/settings#mail');
  }

  /** The page the mail's footer links to (it asks before it unsubscribes: mail scanners open links). */
  unsubscribePage(userId: string, scope: UnsubscribeScope): string {
    return this.app(`/unsubscribe?token=${encodeURIComponent(this.tokens.sign(userId, scope))}`);
  }

  /** `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058): the mail client's one-click button posts here. */
  unsubscribeHeaders(userId: string, scope: UnsubscribeScope): Record<string, string> {
    return {
      'List-Unsubscribe': `<${this.config.appUrl}/api/v1/unsubscribe?token=${encodeURIComponent(this.tokens.sign(userId, scope))}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }
}
