import { AppConfig } from '@chorus/config';
import { IssuedTokens } from '@chorus/identity';
import type { CookieOptions, Response } from 'express';

export const ACCESS_COOKIE = 'chorus_access';
export const REFRESH_COOKIE = 'chorus_refresh';
const REFRESH_PATH = '/api/v1/auth';

/** httpOnly and SameSite=Strict: scripts cannot read them and other sites cannot send them. */
function options(config: AppConfig, path: string, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: config.auth.secureCookies, path, expires };
}

export function setAuthCookies(response: Response, config: AppConfig, tokens: IssuedTokens): void {
  response.cookie(ACCESS_COOKIE, tokens.accessToken, options(config, '/', tokens.accessTokenExpiresAt));
  response.cookie(REFRESH_COOKIE, tokens.refreshToken, options(config, REFRESH_PATH, tokens.refreshTokenExpiresAt));
}

export function clearAuthCookies(response: Response, config: AppConfig): void {
  response.clearCookie(ACCESS_COOKIE, options(config, '/'));
  response.clearCookie(REFRESH_COOKIE, options(config, REFRESH_PATH));
}
