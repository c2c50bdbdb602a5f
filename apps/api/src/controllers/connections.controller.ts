import { APP_CONFIG, AppConfig } from '@chorus/config';
import { AuthUser } from '@chorus/identity';
import { ConnectFailure, ConnectionResponse, ConnectionsService, LinkedinConnectService } from '@chorus/publishing';
import { Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiFoundResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { CurrentUser, Public } from '../auth/auth.decorators';
import { IdParam } from '../http/id-param';
import { ApiController, DeleteRoute, GetRoute } from '../http/routes';
import { IsOptionalDefined } from '@chorus/validation';

/** What LinkedIn appends to the redirect: a code and our state, or an error. */
export class OAuthCallbackQuery {
  @ApiPropertyOptional() @IsOptionalDefined() @IsString() @MaxLength(2000) code?: string;
  @ApiPropertyOptional() @IsOptionalDefined() @IsString() @MaxLength(500) state?: string;
  @ApiPropertyOptional() @IsOptionalDefined() @IsString() @MaxLength(200) error?: string;
  @ApiPropertyOptional() @IsOptionalDefined() @IsString() @MaxLength(2000) error_description?: string;
}

export class AuthorizationUrlResponse {
  @ApiProperty({ description: "LinkedIn's consent page; send the browser there" }) url!: string;
}

@ApiController('connections', 'connections')
export class ConnectionsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connections: ConnectionsService,
    private readonly linkedin: LinkedinConnectService,
  ) {}

  @GetRoute('', [ConnectionResponse])
  list(@CurrentUser() actor: AuthUser): Promise<ConnectionResponse[]> {
    return this.connections.list(actor);
  }

  @GetRoute('linkedin/authorize', AuthorizationUrlResponse)
  async authorize(@CurrentUser() actor: AuthUser): Promise<AuthorizationUrlResponse> {
    return { url: await this.linkedin.authorizationUrl(actor) };
  }

  /**
   * LinkedIn sends the browser here. The session cookie is SameSite=Strict and does not come
   * along on that cross-site redirect; the single-use state says whose connection this is.
   */
  @Public()
  @Get('linkedin/callback')
  @ApiFoundResponse({ description: 'Connected: back to the web app', headers: { Location: { description: 'The Connections page', schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ description: 'Not connected: an HTML page saying why', content: { 'text/html': { schema: { type: 'string' } } } })
  async callback(@Query() query: OAuthCallbackQuery, @Res() response: Response): Promise<void> {
    try {
      await this.linkedin.complete(query);
      response.redirect(302, `${this.config.appUrl}/connections?connected=linkedin`);
    } catch (error) {
      if (!(error instanceof ConnectFailure)) throw error;
      response.status(400).type('html').send(failurePage(error.message, `${this.config.appUrl}/connections`));
    }
  }

  @DeleteRoute(':id', 'Disconnected')
  disconnect(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<void> {
    return this.connections.disconnect(actor, id);
  }
}

function failurePage(message: string, back: string): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>LinkedIn was not connected — Chorus</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1b1f24}a{color:#0a58ca}</style></head>
<body><main><h1>LinkedIn was not connected</h1><p role="alert">${escape(message)}</p><p><a href="${escape(back)}">Back to Connections</a></p></main></body></html>`;
}
