import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { AxiosInstance } from 'axios';
import { AuthClient, RestliClient } from 'linkedin-api-client';
import { installLinkedinOriginRewrite, resolveLinkedinClientAxios } from './linkedin-origin-rewrite';

/**
 * The official client's two halves, pointed at the sandbox when Chorus has no LinkedIn
 * credentials. The package has no base-URL option, so an axios interceptor rewrites its
 * absolute LinkedIn origins (see docs/linkedin.md).
 */
@Injectable()
export class LinkedinClients implements OnModuleDestroy {
  readonly restli: RestliClient;
  readonly auth: AuthClient;
  private readonly packageAxios: AxiosInstance;
  private readonly uninstall: () => void;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.restli = new RestliClient();
    this.restli.axiosInstance.defaults.timeout = config.publishing.requestTimeoutMs;
    this.auth = new AuthClient({
      clientId: config.linkedin.clientId,
      clientSecret: config.linkedin.clientSecret,
      redirectUrl: config.linkedin.redirectUrl,
    });
    const packageAxios = resolveLinkedinClientAxios();
    packageAxios.defaults.timeout ??= config.publishing.requestTimeoutMs;
    this.packageAxios = packageAxios;
    this.uninstall = config.linkedin.sandboxUrl ? installLinkedinOriginRewrite(config.linkedin.sandboxUrl, this.restli.axiosInstance) : () => undefined;
  }

  get apiVersion(): string {
    return this.config.linkedin.apiVersion;
  }

  /**
   * LinkedIn's token revocation (`POST /oauth/v2/revoke`), which AuthClient lacks. Sent like
   * AuthClient's own requests, on the package's axios, so the sandbox rewrite applies.
   */
  async revokeToken(token: string): Promise<void> {
    const form = new URLSearchParams({ client_id: this.auth.clientId, client_secret: this.auth.clientSecret, token });
    await this.packageAxios.request({
      method: 'POST',
      url: 'https://www.linkedin.com/oauth/v2/revoke',
      data: form.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
  }

  onModuleDestroy(): void {
    this.uninstall();
  }
}
