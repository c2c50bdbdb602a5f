import { APP_CONFIG, AppConfig } from '@chorus/config';
import { AcceptInviteDto, AuthService, ForgotPasswordDto, InviteQueryDto, InviteResponse, ForgotPasswordResponse, IssuedTokens, MeResponse, RefreshDto, ResetPasswordDto, SignInDto, UsersService } from '@chorus/identity';
import { userMessage } from '@chorus/messages';
import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { clearAuthCookies, REFRESH_COOKIE, setAuthCookies } from '../auth/auth-cookies';
import { Public } from '../auth/auth.decorators';
import { SignInGuard } from '../auth/guards';
import { ApiErrorResponses } from '../http/api-responses';
import { RateLimited } from '../http/rate-limits';

/** The tokens are for non-browser clients; a browser relies on the httpOnly cookies set with them. */
export class SignInResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ format: 'date-time' }) accessTokenExpiresAt!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ type: MeResponse }) user!: MeResponse;
}

@ApiTags('auth')
@ApiErrorResponses()
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiBody({ type: SignInDto })
  @ApiOkResponse({ type: SignInResponse, description: 'Signed in; the session cookies are set' })
  @RateLimited('sign-in')
  @UseGuards(SignInGuard)
  login(@Req() request: Request & { user: IssuedTokens }, @Res({ passthrough: true }) response: Response): Promise<SignInResponse> {
    return this.respond(request.user, response);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: SignInResponse, description: 'New tokens (and cookies); the old refresh token is spent' })
  async refresh(@Body() dto: RefreshDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SignInResponse> {
    const token = dto.refreshToken ?? (request.cookies as Record<string, string>)?.[REFRESH_COOKIE] ?? '';
    return this.respond(await this.auth.refresh(token), response);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the cookies are cleared' })
  async logout(@Body() dto: RefreshDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.signOut(dto.refreshToken ?? (request.cookies as Record<string, string>)?.[REFRESH_COOKIE]);
    clearAuthCookies(response, this.config);
  }

  /** The invitation page asks first, so a used or expired link shows why instead of a password form. */
  @Public()
  @Get('invite')
  @ApiOkResponse({ type: InviteResponse, description: 'Whom the link is for; 400 invite.invalid (unknown or used), invite.expired or account.inactive' })
  @RateLimited('sign-in')
  checkInvite(@Query() query: InviteQueryDto): Promise<InviteResponse> {
    return this.auth.checkInvite(query.token);
  }

  @Public()
  @Post('accept-invite')
  @HttpCode(200)
  @ApiOkResponse({ type: SignInResponse, description: 'Password set and signed in' })
  @RateLimited('sign-in')
  async acceptInvite(@Body() dto: AcceptInviteDto, @Res({ passthrough: true }) response: Response): Promise<SignInResponse> {
    return this.respond(await this.auth.acceptInvite(dto.token, dto.password), response);
  }

  @Public()
  @Post('forgot-password')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ForgotPasswordResponse, description: 'The same answer whether or not the address has an account; if it has, a single-use link is mailed' })
  @RateLimited('password-reset')
  async forgotPassword(@Body() dto: ForgotPasswordDto): Promise<ForgotPasswordResponse> {
    await this.auth.requestPasswordReset(dto.email);
    return userMessage('password.reset.requested', { minutes: this.config.mail.passwordResetTtlMinutes });
  }

  @Public()
  @Post('reset-password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; the link is spent and every sign-in of the account has ended' })
  @RateLimited('sign-in')
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    await this.auth.resetPassword(dto.token, dto.password);
  }

  private async respond(tokens: IssuedTokens, response: Response): Promise<SignInResponse> {
    setAuthCookies(response, this.config, tokens);
    const { user } = tokens;
    const me = await this.users.getMe({ id: user.id, organizationId: user.organizationId, email: user.email, name: user.name, roles: user.roles });
    return {
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt.toISOString(),
      refreshToken: tokens.refreshToken,
      user: me,
    };
  }
}
