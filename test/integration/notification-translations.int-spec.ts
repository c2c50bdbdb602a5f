import { NOTIFICATION_MESSAGES, NotificationMessageCode, placeholdersOf } from '@chorus/messages';
import { NOTIFICATION_KINDS } from '@chorus/notifications';
import { notificationsId } from '../../apps/web/src/i18n/notifications.id';

describe('notification sentences and their translations', () => {
  const codes = Object.keys(NOTIFICATION_MESSAGES) as NotificationMessageCode[];

  it('has a title and a body for every code', () => {
    const bases = new Set(codes.map((code) => code.replace(/\.(title|body)$/, '')));
    for (const base of bases) expect([`${base}.title`, `${base}.body`].every((c) => c in NOTIFICATION_MESSAGES)).toBe(true);
    expect(bases.size).toBeGreaterThanOrEqual(Object.keys(NOTIFICATION_KINDS).length);
  });

  it.each(codes)('translates %s into Bahasa Indonesia with the same placeholders', (code) => {
    expect(notificationsId[code].trim()).not.toBe('');
    expect(notificationsId[code]).not.toBe(NOTIFICATION_MESSAGES[code]);
    expect(placeholdersOf(notificationsId[code])).toEqual(placeholdersOf(NOTIFICATION_MESSAGES[code]));
  });
});
