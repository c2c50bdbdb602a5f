import { NOTIFICATION_KINDS, NotificationDelivery, NotificationKind } from '@chorus/notifications';
import { NotificationPreference } from './mail.entities';

export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_KINDS, kind);
}

/** How each kind reaches a person: their choice where they made one, the default elsewhere. */
export function effectiveDeliveries(preference: Pick<NotificationPreference, 'deliveries'> | null): Record<NotificationKind, NotificationDelivery> {
  const result = { ...NOTIFICATION_KINDS } as Record<NotificationKind, NotificationDelivery>;
  for (const [kind, delivery] of Object.entries(preference?.deliveries ?? {})) {
    if (isNotificationKind(kind) && delivery) result[kind] = delivery;
  }
  return result;
}

/** The kinds a person gets in the daily or the weekly digest. */
export function digestKinds(deliveries: Record<NotificationKind, NotificationDelivery>, digest: 'daily' | 'weekly'): NotificationKind[] {
  return NOTIFICATION_KIND_NAMES.filter((kind) => deliveries[kind] === digest);
}
