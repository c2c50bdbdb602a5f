/**
 * What Chorus tells people about, and how each kind is delivered unless the person chose
 * otherwise: in the app only (`off` for mail), by mail at once (`instant`), or in the daily or
 * weekly digest. Failures and lapsing access reach people at once; new content waits for the
 * weekly digest (docs/architecture.md, "Reaching people").
 */
export const NOTIFICATION_KINDS = {
  welcome: 'off',
  'content.featured': 'weekly',
  'share.published': 'daily',
  'share.failed': 'instant',
  'share.needsReconnect': 'instant',
  'share.expired': 'daily',
  'connection.expiring': 'instant',
  'connection.expired': 'instant',
  /** What became of the shares that waited, once the same member reconnected. */
  'connection.reconnected': 'instant',
  'review.requested': 'instant',
  'review.decided': 'instant',
  'redemption.decided': 'instant',
  'contest.started': 'weekly',
  'contest.won': 'instant',
  'policy.published': 'instant',
  'integration.disabled': 'instant',
} as const satisfies Record<string, NotificationDelivery>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export type NotificationDelivery = 'off' | 'instant' | 'daily' | 'weekly';

export const NOTIFICATION_DELIVERIES: readonly NotificationDelivery[] = ['off', 'instant', 'daily', 'weekly'];

/** The outbox event written with every new notification row; mail and chat deliveries consume it. */
export const NOTIFICATION_CREATED = 'notification.created';

export interface NotificationCreatedPayload {
  notificationId: string;
  organizationId: string;
  userId: string;
  kind: NotificationKind;
}
