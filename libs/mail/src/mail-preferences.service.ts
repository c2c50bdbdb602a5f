import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { AuthUser, IdentityRepository } from '@chorus/identity';
import { userMessage } from '@chorus/messages';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, NotificationDelivery, NotificationKind } from '@chorus/notifications';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageQueryDto, IsOptionalDefined } from '@chorus/validation';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
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
  @ApiProperty({ ...KINDS_SCHEMA, selfRequired: true, description: 'How each kind reaches you: in the app only (off), by mail at once (instant), or in the daily or weekly digest' })
  deliveries!: Record<NotificationKind, NotificationDelivery>;
  @ApiProperty({ ...KINDS_SCHEMA, selfRequired: true, description: "What each kind does unless you choose otherwise" })
  defaults!: Record<NotificationKind, NotificationDelivery>;
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday' }) weeklyDigestDay!: number;
  @ApiProperty({ minimum: 0, maximum: 23, description: 'The local hour at which digests go out' }) digestHour!: number;
  @ApiProperty({ description: 'False when no SMTP server is set: mails are kept for the admins’ "Sent mail" page instead of sent' }) mailSent!: boolean;
}

/**
 * The PATCH body: `{"<kind>": "off" | "instant" | "daily" | "weekly", "weeklyDigestDay": 1–7}`,
 * every field optional. One property per notification kind, declared in the loop below so a new
 * kind is accepted (and documented) without touching this class.
 */
export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday' })
  @IsOptionalDefined()
  @IsInt()
  @Min(1)
  @Max(7)
  weeklyDigestDay?: number;

  [kind: string]: NotificationDelivery | number | undefined;
}
for (const kind of NOTIFICATION_KIND_NAMES) {
  const property = UpdateNotificationPreferencesDto.prototype;
  ApiPropertyOptional({ type: String, enum: [...NOTIFICATION_DELIVERIES], description: `How "${kind}" reaches you` })(property, kind);
  IsOptionalDefined()(property, kind);
  IsIn([...NOTIFICATION_DELIVERIES])(property, kind);
}

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

  async update(user: AuthUser, body: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesResponse> {
    const { weeklyDigestDay, ...kinds } = body;
    const deliveries = Object.fromEntries(Object.entries(kinds).filter((entry): entry is [NotificationKind, NotificationDelivery] => isNotificationKind(entry[0]) && entry[1] !== undefined));
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

export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The token of the link in the mail' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  token!: string;
}

export class SentMailQueryDto extends CursorPageQueryDto {}
