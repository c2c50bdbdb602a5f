import { Inject, Injectable } from '@nestjs/common';
import { randomSecret } from '../common/random-secret';
import { ResolvedSandboxOptions, SANDBOX_OPTIONS, SandboxClient, SandboxMember } from '../sandbox-options';
import { SandboxState, TokenRecord } from '../state/sandbox-state.service';
import { AccessTokenRequestDto } from './dto/access-token-request.dto';
import { TokenRequestDto } from './dto/token-request.dto';
import { AccessTokenResponseDto, IntrospectionResponseDto } from './dto/token-response.dto';
import { accessTokenErrors, oauthErrors } from './oauth-errors';

/** What a valid bearer token lets the sandbox know about the caller. */
export interface MemberGrant {
  token: string;
  member: SandboxMember;
  clientId: string;
  scopes: string[];
}

/** The token endpoint, revocation, introspection, and bearer token checks. */
@Injectable()
export class TokenService {
  constructor(
    @Inject(SANDBOX_OPTIONS) private readonly options: ResolvedSandboxOptions,
    private readonly state: SandboxState,
  ) {}

  exchange(request: AccessTokenRequestDto): AccessTokenResponseDto {
    if (!request.grant_type) {
      throw oauthErrors.missingParameter('grant_type');
    }
    const client = this.authenticateClient(request.client_id, request.client_secret);
    switch (request.grant_type) {
      case 'authorization_code':
        return this.exchangeAuthorizationCode(client, request);
      case 'refresh_token':
        return this.exchangeRefreshToken(client, request);
      case 'client_credentials':
        throw oauthErrors.clientCredentialsNotAllowed();
      default:
        throw oauthErrors.unsupportedGrantType(request.grant_type);
    }
  }

  /** Revokes an access or refresh token of this client; unknown tokens are ignored (RFC 7009). */
  revoke(request: TokenRequestDto): void {
    const client = this.authenticateClient(request.client_id, request.client_secret);
    if (!request.token) {
      throw oauthErrors.missingParameter('token');
    }
    const record = this.state.findToken(request.token, 'access') ?? this.state.findToken(request.token, 'refresh');
    if (record?.clientId === client.clientId) {
      this.state.revokeToken(record.token);
    }
  }

  introspect(request: TokenRequestDto): IntrospectionResponseDto {
    const client = this.authenticateClient(request.client_id, request.client_secret);
    if (!request.token) {
      throw oauthErrors.missingParameter('token');
    }
    const record = this.state.findToken(request.token, 'access');
    if (!record || record.clientId !== client.clientId) {
      return { active: false };
    }
    const status = this.statusOf(record);
    const seconds = (ms: number) => Math.floor(ms / 1000);
    return {
      active: status === 'active',
      status,
      client_id: record.clientId,
      authorized_at: seconds(record.createdAt),
      created_at: seconds(record.createdAt),
      expires_at: seconds(record.expiresAt),
      scope: formatScopes(record.scopes),
      auth_type: '3L',
    };
  }

  /** Checks an `Authorization: Bearer` header; throws LinkedIn's 401 shapes. */
  authenticate(authorizationHeader: string | undefined): MemberGrant {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader ?? '');
    if (!match) {
      throw accessTokenErrors.empty();
    }
    const record = this.state.findToken(match[1], 'access');
    const member = record && this.state.findMemberByEmail(record.memberEmail);
    if (!record || !member) {
      throw accessTokenErrors.invalid();
    }
    const status = this.statusOf(record);
    if (status === 'revoked') {
      throw accessTokenErrors.revoked();
    }
    if (status === 'expired') {
      throw accessTokenErrors.expired();
    }
    return { token: record.token, member, clientId: record.clientId, scopes: record.scopes };
  }

  /**
   * Access tokens for these members and this client, as if each had allowed it on the consent
   * page (the test controls' `POST /__sandbox/tokens/issue`); saved with one write.
   */
  issueAccessTokens(client: SandboxClient, members: readonly SandboxMember[], scopes: readonly string[]): AccessTokenResponseDto[] {
    const now = this.now();
    const records = members.map((member) => this.newToken('access', client.clientId, member.email, [...scopes], this.options.accessTokenTtlSeconds));
    this.state.saveTokens(records);
    return records.map((record) => accessTokenResponse(record, now));
  }

  private exchangeAuthorizationCode(client: SandboxClient, request: AccessTokenRequestDto): AccessTokenResponseDto {
    if (!request.code) {
      throw oauthErrors.missingParameter('code');
    }
    if (!request.redirect_uri) {
      throw oauthErrors.missingParameter('redirect_uri');
    }
    const code = this.state.takeAuthorizationCode(request.code);
    if (!code) {
      throw oauthErrors.authorizationCodeNotFound();
    }
    const expired = code.expiresAt <= this.now();
    if (expired || code.clientId !== client.clientId) {
      throw oauthErrors.authorizationCodeMismatch();
    }
    if (code.redirectUri !== request.redirect_uri) {
      throw oauthErrors.redirectUriMismatch();
    }
    const access = this.issueToken('access', client.clientId, code.memberEmail, code.scopes, this.options.accessTokenTtlSeconds);
    const response = accessTokenResponse(access, this.now());
    if (!this.options.issueRefreshTokens) {
      return response;
    }
    const refresh = this.issueToken('refresh', client.clientId, code.memberEmail, code.scopes, this.options.refreshTokenTtlSeconds);
    return { ...response, ...refreshTokenFields(refresh, this.now()) };
  }

  private exchangeRefreshToken(client: SandboxClient, request: AccessTokenRequestDto): AccessTokenResponseDto {
    if (!request.refresh_token) {
      throw oauthErrors.missingParameter('refresh_token');
    }
    if (!this.options.issueRefreshTokens) {
      throw oauthErrors.refreshTokensNotEnabled();
    }
    const refresh = this.state.findToken(request.refresh_token, 'refresh');
    if (!refresh || refresh.clientId !== client.clientId) {
      throw oauthErrors.invalidRefreshToken('invalid');
    }
    const status = this.statusOf(refresh);
    if (status !== 'active') {
      throw oauthErrors.invalidRefreshToken(status);
    }
    const access = this.issueToken('access', client.clientId, refresh.memberEmail, refresh.scopes, this.options.accessTokenTtlSeconds);
    // LinkedIn hands back the same refresh token; its lifetime is not extended.
    return { ...accessTokenResponse(access, this.now()), ...refreshTokenFields(refresh, this.now()) };
  }

  private authenticateClient(clientId: string | undefined, clientSecret: string | undefined): SandboxClient {
    if (!clientId) {
      throw oauthErrors.missingParameter('client_id');
    }
    if (!clientSecret) {
      throw oauthErrors.missingParameter('client_secret');
    }
    const client = this.state.findClient(clientId);
    if (!client || client.clientSecret !== clientSecret) {
      throw oauthErrors.invalidClient();
    }
    return client;
  }

  private issueToken(
    kind: TokenRecord['kind'],
    clientId: string,
    memberEmail: string,
    scopes: string[],
    ttlSeconds: number,
  ): TokenRecord {
    const record = this.newToken(kind, clientId, memberEmail, scopes, ttlSeconds);
    this.state.saveToken(record);
    return record;
  }

  private newToken(kind: TokenRecord['kind'], clientId: string, memberEmail: string, scopes: string[], ttlSeconds: number): TokenRecord {
    const now = this.now();
    return {
      token: randomSecret(kind === 'access' ? 96 : 64),
      kind,
      clientId,
      memberEmail,
      scopes: [...scopes],
      createdAt: now,
      expiresAt: now + ttlSeconds * 1000,
      revoked: false,
    };
  }

  private statusOf(record: TokenRecord): 'active' | 'expired' | 'revoked' {
    if (record.revoked) {
      return 'revoked';
    }
    return record.expiresAt <= this.now() ? 'expired' : 'active';
  }

  private now(): number {
    return this.options.clock().getTime();
  }
}

/** LinkedIn lists granted scopes comma-separated. */
export function formatScopes(scopes: string[]): string {
  return [...scopes].sort().join(',');
}

function accessTokenResponse(access: TokenRecord, now: number): AccessTokenResponseDto {
  return {
    access_token: access.token,
    expires_in: remainingSeconds(access, now),
    scope: formatScopes(access.scopes),
    token_type: 'Bearer',
  };
}

function refreshTokenFields(refresh: TokenRecord, now: number): Pick<AccessTokenResponseDto, 'refresh_token' | 'refresh_token_expires_in'> {
  return { refresh_token: refresh.token, refresh_token_expires_in: remainingSeconds(refresh, now) };
}

function remainingSeconds(record: TokenRecord, now: number): number {
  return Math.max(0, Math.floor((record.expiresAt - now) / 1000));
}
