import { Body, Controller, Get, Header, HttpCode, Post, Query, Redirect, UseGuards } from '@nestjs/common';
import { PAGE_SECURITY_HEADERS } from './consent-page';
import { ConsentService } from './consent.service';
import { AccessTokenRequestDto } from './dto/access-token-request.dto';
import { AuthorizationDecisionDto } from './dto/authorization-decision.dto';
import { AuthorizationRequestDto } from './dto/authorization-request.dto';
import { TokenRequestDto } from './dto/token-request.dto';
import { AccessTokenResponseDto, IntrospectionResponseDto } from './dto/token-response.dto';
import { FormEncodedGuard } from './form-encoded.guard';
import { consentValidationPipe, oauthFormValidationPipe } from './oauth.pipes';
import { TokenService } from './token.service';

/** LinkedIn's OAuth 2.0 endpoints under `/oauth/v2`. */
@Controller('oauth/v2')
export class OAuthController {
  constructor(
    private readonly consent: ConsentService,
    private readonly tokens: TokenService,
  ) {}

  @Get('authorization')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_SECURITY_HEADERS['Content-Security-Policy'])
  @Header('X-Frame-Options', PAGE_SECURITY_HEADERS['X-Frame-Options'])
  @Header('Cache-Control', PAGE_SECURITY_HEADERS['Cache-Control'])
  showConsent(@Query(consentValidationPipe) query: AuthorizationRequestDto): string {
    return this.consent.showConsent(query);
  }

  @Post('authorization')
  @Redirect()
  decide(@Body(consentValidationPipe) form: AuthorizationDecisionDto): { url: string; statusCode: number } {
    return { url: this.consent.decide(form), statusCode: 302 };
  }

  @Post('accessToken')
  @HttpCode(200)
  @UseGuards(FormEncodedGuard)
  @Header('Cache-Control', 'no-store')
  exchange(@Body(oauthFormValidationPipe) form: AccessTokenRequestDto): AccessTokenResponseDto {
    return this.tokens.exchange(form);
  }

  @Post('revoke')
  @HttpCode(200)
  @UseGuards(FormEncodedGuard)
  revoke(@Body(oauthFormValidationPipe) form: TokenRequestDto): void {
    this.tokens.revoke(form);
  }

  @Post('introspectToken')
  @HttpCode(200)
  @UseGuards(FormEncodedGuard)
  introspect(@Body(oauthFormValidationPipe) form: TokenRequestDto): IntrospectionResponseDto {
    return this.tokens.introspect(form);
  }
}
