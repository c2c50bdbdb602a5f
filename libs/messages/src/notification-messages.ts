/**
 * The sentences of in-app notifications (and the mails and chat posts built from them). A
 * notification stores its code without the suffix (`notification.sharePublished`) and its
 * parameters; `.title` and `.body` are the two sentences. Parameters ending in `At` are ISO
 * instants the reader's locale formats.
 */
export const NOTIFICATION_MESSAGES = {
  'notification.welcome.title': 'Welcome to Chorus',
  'notification.welcome.body': 'Read the social-media policy, connect your LinkedIn account, and share your first post in your own words.',
  'notification.contentFeatured.title': 'New featured post: {postTitle}',
  'notification.contentFeatured.body': 'Your curators picked this for you. Share it in your own words.',
  'notification.sharePublished.title': 'Your share is live on {network}',
  'notification.sharePublished.body': 'Your share of "{postTitle}" was published.',
  'notification.shareFailed.title': 'A share could not be published',
  'notification.shareFailed.body': 'Your share of "{postTitle}" was not published: {reason}',
  'notification.shareNeedsReconnect.title': 'Reconnect your {network} account',
  'notification.shareNeedsReconnect.body': 'Your share of "{postTitle}" is waiting: {reason} Reconnect the same account and your approved shares resume by themselves.',
  'notification.connectionNeedsReconnect.title': 'Reconnect your {network} account',
  'notification.connectionNeedsReconnect.body': '{reason} Your approved shares on it wait: reconnect the same account and they resume by themselves.',
  'notification.connectionReconnected.title': 'Your {network} account is reconnected',
  'notification.connectionReconnected.body': 'Of the shares that waited: {kept} resumed at their time, {moved} moved to the next free moment, {cancelled} cancelled because no moment was left in their post’s window.',
  'notification.shareExpired.title': 'A share was cancelled',
  'notification.shareExpired.body': 'The post "{postTitle}" expired on {expiredAt}, so your share was cancelled before it went out.',
  'notification.connectionExpiring.title': 'Your {network} access expires on {expiresAt}',
  'notification.connectionExpiring.body': 'Reconnect your {network} account before then so your scheduled shares go out.',
  'notification.connectionExpired.title': 'Your {network} access has expired',
  'notification.connectionExpired.body': 'Reconnect your {network} account to publish your scheduled shares.',
  'notification.reviewRequested.title': 'A share waits for your review',
  'notification.reviewRequested.body': '{ownerName} wants to share "{postTitle}": {reason}',
  'notification.reviewApproved.title': 'A reviewer approved your share',
  'notification.reviewApproved.body': 'Your share of "{postTitle}" can be scheduled now. {note}',
  'notification.reviewRejected.title': 'A reviewer asked you to change a share',
  'notification.reviewRejected.body': 'Your share of "{postTitle}" was sent back. Reviewer’s note: {note}',
  'notification.redemptionFulfilled.title': '{rewardName} is on its way',
  'notification.redemptionFulfilled.body': 'Your redemption of {rewardName} was approved. {note}',
  'notification.redemptionRejected.title': 'Your redemption of {rewardName} was declined',
  'notification.redemptionRejected.body': '{note} Your {points} point(s) are back in your balance.',
  'notification.contestStarted.title': 'A contest has started: {contestName}',
  'notification.contestStarted.body': 'It runs until {endsAt}. Every share you publish meanwhile counts.',
  'notification.contestWon.title': 'You placed #{rank} in {contestName}',
  'notification.contestWon.body': 'Your prize: {prize}. {bonusPoints} bonus point(s) are in your balance.',
  'notification.policyPublished.title': 'Read the new social-media policy (version {version})',
  'notification.policyPublished.body': 'Your organisation published a new version of its social-media policy. Read and acknowledge it before your next share.',
  'notification.integrationDisabled.title': 'The {service} integration was turned off',
  'notification.integrationDisabled.body': '{service} refused the webhook ({reason}), so Chorus stopped posting there. Add a new webhook on the Organisation page.',
} as const satisfies Record<`notification.${string}.${'title' | 'body'}`, string>;

export type NotificationMessageCode = keyof typeof NOTIFICATION_MESSAGES;

type TitleCodeOf<T> = T extends `${infer C}.title` ? C : never;
/** The code a notification stores: its title's code without `.title`. */
export type NotificationCode = TitleCodeOf<NotificationMessageCode>;
