import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { AuthUser, IdentityRepository } from '@chorus/identity';
import { FieldMessage, fieldMessage, userMessage } from '@chorus/messages';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, NotificationDelivery, NotificationKind } from '@chorus/notifications';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalDefined } from '@chorus/validation';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { MailLinks } from './mail-links';
import { MailRepository } from './mail.repository';
import { digestKinds, effectiveDeliveries, isNotificationKind, NOTIFICATION_KIND_NAMES } from './notification-preferences';
import { UnsubscribeScope } from './unsubscribe-token';

const DELIVERY_SCHEMA = { type: 'string' as const, enum: [...NOTIFICATION_DELIVERIES] };
const KINDS_SCHEMA = {
  type: 'object' as const,
  properties: Object.fromEntries(NOTIFICATION_KIND_NAMES.map((kind) => [kind, DELIVERY_SCHEMA])),
  required: [...NOTIFICATION_KIND_NAMES],
  additionalProperties: false,
};

export class NotificationPreferencesResponse {
  @ApiProperty({ ...KINDS_SCHEMA, description: 'How each kind reaches you: in the app only (off), by mail at once (instant), or in the daily or weekly digest' })
  deliveries!: Record<NotificationKind, NotificationDelivery>;
  @ApiProperty({ ...KINDS_SCHEMA, description: "What each kind does unless you choose otherwise" })
  defaults!: Record<NotificationKind, NotificationDelivery>;
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday' }) weeklyDigestDay!: number;
  @ApiProperty({ minimum: 0, maximum: 23, description: 'The local hour at which digests go out' }) digestHour!: number;
  @ApiProperty({ description: 'False when no SMTP server is set: mails are kept for the admins’ "Sent mail" page instead of sent' }) mailSent!: boolean;
}

/** The PATCH body: `{"<kind>": "off" | "instant" | "daily" | "weekly", "weeklyDigestDay": 1–7}`, every field optional. */
export const NOTIFICATION_PREFERENCES_PATCH_SCHEMA = {
  type: 'object',
  properties: { ...Object.fromEntries(NOTIFICATION_KIND_NAMES.map((kind) => [kind, DELIVERY_SCHEMA])), weeklyDigestDay: { type: 'integer', minimum: 1, maximum: 7 } },
  additionalProperties: false,
};

export class UnsubscribeResponse {
  @ApiProperty({ description: 'The address the link belongs to' }) email!: string;
  @ApiProperty({ type: [String], description: 'The kinds of notification that the link stops (or stopped) mailing' }) kinds!: string[];
  @ApiProperty({ type: String, nullable: true, enum: ['daily', 'weekly'], description: 'The digest the link stops, if it came from one' }) digest!: 'daily' | 'weekly' | null;
  @ApiProperty({ description: 'True once they are off' }) unsubscribed!: boolean;
}

/** A person's choices of what Chorus mails them, and the signed links that change them without signing in. */
@Injectable()
export class MailPreferencesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: MailRepository,
    private readonly identity: IdentityRepository,
    private readonly links: MailLinks,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser): Promise<NotificationPreferencesResponse> {
    const preference = await this.repository.preferenceOf(user.id);
    return {
      deliveries: effectiveDeliveries(preference),
      defaults: { ...NOTIFICATION_KINDS },
      weeklyDigestDay: preference?.weeklyDigestDay ?? 1,
      digestHour: this.config.mail.digestHour,
      mailSent: this.config.mail.smtpUrl !== null,
    };
  }

  async update(user: AuthUser, body: unknown): Promise<NotificationPreferencesResponse> {
    const { deliveries, weeklyDigestDay } = parsePatch(body);
    const current = await this.repository.preferenceOf(user.id);
    await this.repository.savePreference({
      userId: user.id,
      organizationId: user.organizationId,
      deliveries: { ...(current?.deliveries ?? {}), ...deliveries },
      weeklyDigestDay: weeklyDigestDay ?? current?.weeklyDigestDay ?? 1,
      updatedAt: this.clock.now(),
    });
    return this.get(user);
  }

  /** What an unsubscribe link stops; `apply` turns it off (the page's button, or the mail client's one-click POST). */
  async unsubscribe(token: string, apply: boolean): Promise<UnsubscribeResponse> {
    const verified = this.links.tokens.verify(token);
    const user = verified ? await this.identity.findUserById(verified.userId) : null;
    if (!verified || !user) throw new NotFoundException(userMessage('mail.unsubscribeInvalid'));
    const preference = await this.repository.preferenceOf(user.id);
    const kinds = kindsOf(verified.scope, effectiveDeliveries(preference));
    const digest = 'digest' in verified.scope ? verified.scope.digest : null;
    const alreadyOff = kinds.every((k) => effectiveDeliveries(preference)[k] === 'off');
    if (apply && !alreadyOff) {
      await this.repository.savePreference({
        userId: user.id,
        organizationId: user.organizationId,
        deliveries: { ...(preference?.deliveries ?? {}), ...Object.fromEntries(kinds.map((k) => [k, 'off' as const])) },
        weeklyDigestDay: preference?.weeklyDigestDay ?? 1,
        updatedAt: this.clock.now(),
      });
    }
    return { email: user.email, kinds, digest, unsubscribed: apply || alreadyOff };
  }
}

/** The kinds a link stops: its kind, or every kind its digest carries. */
function kindsOf(scope: UnsubscribeScope, deliveries: Record<NotificationKind, NotificationDelivery>): NotificationKind[] {
  if ('kind' in scope) return isNotificationKind(scope.kind) ? [scope.kind] : [];
  return digestKinds(deliveries, scope.digest);
}

/** Checks the flat PATCH body field by field; every problem is named at once. */
function parsePatch(body: unknown): { deliveries: Partial<Record<NotificationKind, NotificationDelivery>>; weeklyDigestDay?: number } {
  const errors: FieldMessage[] = [];
  const deliveries: Partial<Record<NotificationKind, NotificationDelivery>> = {};
  let weeklyDigestDay: number | undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestException({ ...userMessage('validation.failed'), errors: [fieldMessage('body', 'validation.nested')] });
  }
  for (const [field, value] of Object.entries(body)) {
    if (field === 'weeklyDigestDay') {
      if (typeof value !== 'number' || !Number.isInteger(value)) errors.push(fieldMessage(field, 'validation.isInt'));
      else if (value < 1) errors.push(fieldMessage(field, 'validation.min', { min: 1 }));
      else if (value > 7) errors.push(fieldMessage(field, 'validation.max', { max: 7 }));
      else weeklyDigestDay = value;
    } else if (!isNotificationKind(field)) {
      errors.push(fieldMessage(field, 'validation.unknownProperty'));
    } else if (typeof value !== 'string' || !(NOTIFICATION_DELIVERIES as readonly string[]).includes(value)) {
      errors.push(fieldMessage(field, 'validation.isIn', { values: NOTIFICATION_DELIVERIES.join(', ') }));
    } else {
      deliveries[field] = value as NotificationDelivery;
    }
  }
  if (errors.length > 0) throw new BadRequestException({ ...userMessage('validation.failed'), message: errors.map((e) => e.message).join('; '), errors });
  return { deliveries, weeklyDigestDay };
}

export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The token of the link in the mail' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  token!: string;
}

export class SentMailQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptionalDefined()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(100, { message: 'limit must be at most 100' })
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptionalDefined()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
