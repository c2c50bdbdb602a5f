import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { AuditTrail, AuthUser, requireRole, Role } from '@chorus/identity';
import { fieldProblem, userMessage } from '@chorus/messages';
import { BadRequestException, ConflictException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiKey, Conversion, ConversionKind } from './analytics.entities';
import { AnalyticsRepository } from './analytics.repository';
import { CreateApiKeyDto, ReportConversionDto } from './analytics.dto';
import { ApiKeyResponse, ConversionResponse, CreatedApiKeyResponse } from './analytics-responses';

const KEY_PREFIX = 'chk_';

/** A conversion of the demo organisation's sample history: which share, what, its value in hundredths, when. */
export interface SampleConversion {
  shareId: string;
  kind: ConversionKind;
  valueMinor: number | null;
  at: Date;
}

function hashOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function mapKey(key: ApiKey): ApiKeyResponse {
  return { id: key.id, name: key.name, prefix: key.prefix, createdAt: key.createdAt.toISOString(), lastUsedAt: key.lastUsedAt?.toISOString() ?? null };
}

function mapConversion(conversion: Conversion): ConversionResponse {
  return {
    id: conversion.id,
    shareId: conversion.shareId,
    kind: conversion.kind,
    value: conversion.valueMinor === null ? null : conversion.valueMinor / 100,
    idempotencyKey: conversion.idempotencyKey,
    createdAt: conversion.createdAt.toISOString(),
  };
}

/**
 * Conversions: the organisation's own site reports a lead, sign-up or application with the
 * share code it saw in `utm_content`, authenticated by an API key an admin made. Reports are
 * idempotent by the site's own key, so retries never count twice.
 */
@Injectable()
export class ConversionsService {
  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async listKeys(actor: AuthUser): Promise<ApiKeyResponse[]> {
    requireRole(actor, [Role.Admin], 'action.manageApiKeys');
    return (await this.repository.liveApiKeys(actor.organizationId)).map(mapKey);
  }

  async createKey(actor: AuthUser, dto: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    requireRole(actor, [Role.Admin], 'action.manageApiKeys');
    const secret = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const key: ApiKey = {
      id: randomUUID(),
      organizationId: actor.organizationId,
      name: dto.name,
      prefix: secret.slice(0, KEY_PREFIX.length + 6),
      secretHash: hashOf(secret),
      createdById: actor.id,
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.transactions.run(async (m) => {
      await this.repository.insertApiKey(m, key);
      await this.audit.record(m, { organizationId: actor.organizationId, actorId: actor.id, action: 'apiKey.created', targetType: 'apiKey', targetId: key.id, detail: { name: key.name, prefix: key.prefix } });
    });
    return { ...mapKey(key), secret };
  }

  async revokeKey(actor: AuthUser, id: string): Promise<void> {
    requireRole(actor, [Role.Admin], 'action.manageApiKeys');
    const revoked = await this.transactions.run(async (m) => {
      const done = await this.repository.revokeApiKey(m, actor.organizationId, id, this.clock.now());
      if (done) await this.audit.record(m, { organizationId: actor.organizationId, actorId: actor.id, action: 'apiKey.revoked', targetType: 'apiKey', targetId: id });
      return done;
    });
    if (!revoked) throw new NotFoundException(userMessage('conversion.keyNotFound'));
  }

  /** The organisation a key belongs to; 401 for a missing, unknown or revoked one. */
  async authenticate(secret: string | undefined): Promise<ApiKey> {
    if (!secret) throw new UnauthorizedException(userMessage('conversion.keyMissing'));
    const key = await this.repository.findLiveApiKeyByHash(hashOf(secret.trim()));
    if (!key) throw new UnauthorizedException(userMessage('conversion.keyInvalid'));
    return key;
  }

  /** `created` is false when the idempotency key was seen before: the first report stands. */
  async report(secret: string | undefined, dto: ReportConversionDto): Promise<{ created: boolean; conversion: ConversionResponse }> {
    const key = await this.authenticate(secret);
    const now = this.clock.now();
    const valueMinor = dto.value === undefined ? null : Math.round(dto.value * 100);
    const existing = await this.repository.findConversion(key.organizationId, dto.idempotencyKey);
    if (existing) return { created: false, conversion: this.sameOrConflict(existing, dto, valueMinor) };
    const shareId = await this.repository.shareIdByCode(key.organizationId, dto.shareCode);
    if (!shareId) throw new BadRequestException(fieldProblem('shareCode', 'conversion.unknownShare', { code: dto.shareCode }));
    const conversion: Conversion = { id: randomUUID(), organizationId: key.organizationId, shareId, kind: dto.kind, valueMinor, idempotencyKey: dto.idempotencyKey, apiKeyId: key.id, createdAt: now };
    const inserted = await this.transactions.run((m) => this.repository.insertConversion(m, conversion));
    await this.repository.touchApiKey(key.id, now);
    if (inserted) return { created: true, conversion: mapConversion(conversion) };
    // Another request with the same key won the race.
    const winner = (await this.repository.findConversion(key.organizationId, dto.idempotencyKey))!;
    return { created: false, conversion: this.sameOrConflict(winner, dto, valueMinor) };
  }

  /**
   * The demo organisation's sample conversions (docs/operations.md, "The demo organisation"),
   * stored as a report stores them, under a key that is revoked at once: conversions need the key
   * they came with, and a live key whose secret nobody holds would only confuse the admin. They
   * are plain records (conversions earn no points), so they are written as they are.
   */
  async recordSample(manager: EntityManager, organizationId: string, conversions: SampleConversion[], now: Date): Promise<void> {
    if (conversions.length === 0) return;
    const secret = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const first = new Date(Math.min(...conversions.map((c) => c.at.getTime())));
    const key: ApiKey = {
      id: randomUUID(),
      organizationId,
      name: 'Demo website (sample history)',
      prefix: secret.slice(0, KEY_PREFIX.length + 6),
      secretHash: hashOf(secret),
      createdById: null,
      createdAt: new Date(first.getTime() - 24 * 3600 * 1000),
      lastUsedAt: new Date(Math.max(...conversions.map((c) => c.at.getTime()))),
      revokedAt: now,
    };
    await this.repository.insertApiKey(manager, key);
    for (const [index, sample] of conversions.entries()) {
      const conversion: Conversion = { id: randomUUID(), organizationId, shareId: sample.shareId, kind: sample.kind, valueMinor: sample.valueMinor, idempotencyKey: `demo-${index + 1}`, apiKeyId: key.id, createdAt: sample.at };
      await this.repository.insertConversion(manager, conversion);
    }
  }

  private sameOrConflict(existing: Conversion, dto: ReportConversionDto, valueMinor: number | null): ConversionResponse {
    const same = existing.kind === dto.kind && existing.valueMinor === valueMinor;
    if (!same) throw new ConflictException(userMessage('conversion.idempotencyMismatch'));
    return mapConversion(existing);
  }
}
