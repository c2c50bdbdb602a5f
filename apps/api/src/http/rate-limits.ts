import { type MessageCode, type MessageParams, userMessage } from '@chorus/messages';
import { AppConfig } from '@chorus/config';
import { AuthUser } from '@chorus/identity';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { applyDecorators, ExecutionContext, HttpException, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { normalizeIp, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { ApiRateLimitedResponse } from './api-responses';

/** The routes that are limited; a route opts in with `@RateLimited(group)`. */
export type RateLimitGroup = 'sign-in' | 'password-reset' | 'compliance-check' | 'link-preview' | 'user-import';

const RATE_LIMIT_GROUP = 'chorus:rate-limit-group';

/** Counts every request to this route against the limits of its group; over them: 429 with Retry-After. */
export const RateLimited = (group: RateLimitGroup) => applyDecorators(SetMetadata(RATE_LIMIT_GROUP, group), ApiRateLimitedResponse());

/**
 * Expensive routes, per user rather than per address (a whole office shares one address):
 * the live compliance check runs while typing (debounced), previews fetch other sites, an
 * import checks and writes many rows.
 */
export const PER_USER_LIMITS = {
  complianceCheckPerMinute: 120,
  linkPreviewPerMinute: 30,
  userImportPerHour: 10,
} as const;

type LimitName = 'sign-in-address' | 'sign-in-account-address' | 'sign-in-account' | 'password-reset-address' | 'compliance-check' | 'link-preview' | 'user-import';

interface RateLimit {
  name: LimitName;
  group: RateLimitGroup;
  limit: number;
  ttlMs: number;
  /** What is counted; null when this limit does not apply to the request. */
  key: (request: Request) => string | null;
}

const TOO_MANY: Record<LimitName, MessageCode> = {
  'sign-in-address': 'limit.signInAddress',
  'sign-in-account-address': 'limit.signInAccountAddress',
  'sign-in-account': 'limit.signInAccount',
  'password-reset-address': 'limit.passwordResetAddress',
  'compliance-check': 'limit.complianceCheck',
  'link-preview': 'limit.linkPreview',
  'user-import': 'limit.userImport',
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The client's address as express sees it, which follows TRUST_PROXY; IPv6 by /64 network. */
function clientAddress(request: Request): string {
  return normalizeIp(request.ip ?? request.socket?.remoteAddress ?? 'unknown');
}

function account(request: Request): string | null {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' && email.trim() !== '' ? email.trim().toLowerCase() : null;
}

function user(request: Request): string {
  const id = (request as Request & { user?: AuthUser }).user?.id;
  return id ? `user:${id}` : `address:${clientAddress(request)}`;
}

export function rateLimits(config: AppConfig): RateLimit[] {
  const { auth } = config;
  return [
    // Password spraying: many accounts from one address. Invites count here too.
    { name: 'sign-in-address', group: 'sign-in', limit: auth.loginAddressRateLimitPerMinute, ttlMs: MINUTE, key: clientAddress },
    {
      name: 'sign-in-account-address',
      group: 'sign-in',
      limit: auth.loginRateLimitPerMinute,
      ttlMs: MINUTE,
      key: (request) => {
        const email = account(request);
        return email && `${clientAddress(request)}|${email}`;
      },
    },
    // Guessing one account's password from many addresses.
    { name: 'sign-in-account', group: 'sign-in', limit: auth.loginAccountRateLimitPerHour, ttlMs: HOUR, key: account },
    // Forgot-password mails: one address may not flood many inboxes (each account also gets at most a few links an hour).
    { name: 'password-reset-address', group: 'password-reset', limit: config.mail.passwordResetAddressRateLimitPerHour, ttlMs: HOUR, key: clientAddress },
    { name: 'compliance-check', group: 'compliance-check', limit: PER_USER_LIMITS.complianceCheckPerMinute, ttlMs: MINUTE, key: user },
    { name: 'link-preview', group: 'link-preview', limit: PER_USER_LIMITS.linkPreviewPerMinute, ttlMs: MINUTE, key: user },
    { name: 'user-import', group: 'user-import', limit: PER_USER_LIMITS.userImportPerHour, ttlMs: HOUR, key: user },
  ];
}

/**
 * The throttler's settings. With Redis (distributed mode) the counters live there under the
 * installation's prefix, so every api replica counts the same attempts.
 */
export function rateLimitOptions(config: AppConfig): ThrottlerModuleOptions {
  const reflector = new Reflector();
  const groupOf = (context: ExecutionContext) => reflector.get<RateLimitGroup | undefined>(RATE_LIMIT_GROUP, context.getHandler());
  return {
    throttlers: rateLimits(config).map((limit) => ({
      name: limit.name,
      limit: limit.limit,
      ttl: limit.ttlMs,
      skipIf: (context: ExecutionContext) =>
        groupOf(context) !== limit.group || limit.key(context.switchToHttp().getRequest<Request>()) === null,
      getTracker: (request: Record<string, unknown>) => limit.key(request as unknown as Request) ?? '',
    })),
    // The name stays readable in Redis; the tracker (an address or an email) is hashed.
    generateKey: (_context, tracker, name) => `${name}:${createHash('sha256').update(tracker).digest('base64url')}`,
    // Only Retry-After, on a 429; the remaining budget is nobody's business.
    setHeaders: false,
    storage: config.redis
      ? new ThrottlerStorageRedisService(config.redis.url, { keyPrefix: `${config.redis.prefix}:rate-limit:`, maxRetriesPerRequest: 2 })
      : undefined,
  };
}

/** A global guard; it counts only on routes marked `@RateLimited`, after sign-in is checked. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    const name = detail.key.slice(0, detail.key.indexOf(':')) as LimitName;
    throw new HttpException({ statusCode: 429, error: 'Too Many Requests', ...userMessage(TOO_MANY[name] ?? 'limit.other', { retryAfterSeconds: retryAfter, ...waitFor(retryAfter) }) }, 429);
  }
}

/** `{@wait}` and its amount. */
function waitFor(seconds: number): MessageParams {
  if (seconds < 90) return seconds === 1 ? { wait: 'unit.second' } : { wait: 'unit.seconds', seconds };
  return { wait: 'unit.minutes', minutes: Math.ceil(seconds / 60) };
}
