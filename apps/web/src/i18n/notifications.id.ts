// The Indonesian notification sentences live beside the English ones (mails are written from
// them on the server too); the web app uses them through this name.
export { NOTIFICATION_MESSAGES_ID as notificationsId } from '@chorus/messages';
