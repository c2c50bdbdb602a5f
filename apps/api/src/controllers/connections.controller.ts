import { APP_CONFIG, AppConfig } from '@chorus/config';
import { AuthUser } from '@chorus/identity';
import { ConnectFailure, ConnectionResponse, ConnectionsService, LinkedinConnectService } from '@chorus/publishing';
import { Get, Inject, Query, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiFoundResponse({
    description: 'Back to the web app\'s Connections page: `?connected=linkedin`, or `?notConnected=<message code>` (and `detail=` for LinkedIn\'s own reason) when nothing was connected',
    headers: { Location: { description: 'The Connections page', schema: { type: 'string' } } },
  })
  async callback(@Query() query: OAuthCallbackQuery, @Res() response: Response): Promise<void> {
    try {
      await this.linkedin.complete(query);
      response.redirect(302, `${this.config.appUrl}/connections?connected=linkedin`);
    } catch (error) {
      if (!(error instanceof ConnectFailure)) throw error;
      // Back in Chorus, which says what happened in the reader's language (the code and its parameters).
      const back = new URL(`${this.config.appUrl}/connections`);
      back.searchParams.set('notConnected', error.userMessage.code);
      for (const [name, value] of Object.entries(error.userMessage.params ?? {})) back.searchParams.set(name, String(value));
      response.redirect(302, back.toString());
    }
  }

  @DeleteRoute(':id', 'Disconnected')
  disconnect(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<void> {
    return this.connections.disconnect(actor, id);
  }
}
