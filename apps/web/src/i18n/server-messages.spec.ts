import { MESSAGE_CATALOG, type MessageCode, placeholdersOf, userMessage } from '@chorus/messages';
import { type MessageFormatting, translateServerMessage } from './server-message';
import { SERVER_MESSAGES_ID } from './server-messages.id';

const INTL_LOCALE = { en: 'en-GB', id: 'id-ID' } as const;

/** The web app's formatting, as I18nContext does it (locale.ts's tags), for a user in Jakarta. */
function formatting(locale: 'en' | 'id'): MessageFormatting {
  return {
    locale,
    formatDate: (value, options) => new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'Asia/Jakarta', ...options }).format(new Date(value)),
    formatNumber: (value, options) => new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value),
  };
}

const en = formatting('en');
const id = formatting('id');

describe('server messages in Bahasa Indonesia', () => {
  it('translate every code of the catalog, keeping its placeholders', () => {
    const codes = Object.keys(MESSAGE_CATALOG) as MessageCode[];
    const missing = codes.filter((code) => typeof SERVER_MESSAGES_ID[code] !== 'string' || SERVER_MESSAGES_ID[code].trim() === '');
    expect(missing).toEqual([]);
    const differing = codes.filter((code) => placeholdersOf(SERVER_MESSAGES_ID[code]).join() !== placeholdersOf(MESSAGE_CATALOG[code]).join());
    expect(differing.map((code) => ({ code, en: placeholdersOf(MESSAGE_CATALOG[code]), id: placeholdersOf(SERVER_MESSAGES_ID[code]) }))).toEqual([]);
    expect(Object.keys(SERVER_MESSAGES_ID).filter((code) => !(code in MESSAGE_CATALOG))).toEqual([]);
  });

  it('write a validation error with the form’s label and the rule, numbers for the language', () => {
    const problem = { code: 'validation.max', params: { field: 'pointsMultiplier', max: 10 }, message: 'pointsMultiplier must not be greater than 10' };
    expect(translateServerMessage(problem, id, { labels: { pointsMultiplier: 'Pengali poin' } })).toBe('Pengali poin: maksimal 10');
    expect(translateServerMessage(problem, en, { labels: { pointsMultiplier: 'Points multiplier' } })).toBe('Points multiplier: at most 10');
    expect(translateServerMessage({ ...problem, params: { field: 'limit', max: 100000 } }, id)).toBe('limit: maksimal 100.000');
    expect(translateServerMessage({ code: 'validation.after', params: { field: 'endsAt', otherField: 'startsAt' } }, id, { labels: { endsAt: 'Berakhir', startsAt: 'Mulai' } })).toBe('Berakhir harus setelah Mulai');
  });

  it('write instants in the reader’s timezone rather than as ISO text', () => {
    const expiry = userMessage('share.connectionExpiresFirst', { network: 'linkedin', expiresAt: '2027-01-30T18:58:07.540Z' });
    expect(expiry.message).toContain('2027-01-30T18:58:07.540Z');
    const translated = translateServerMessage(expiry, id);
    expect(translated).not.toContain('2027-01-30T');
    expect(translated).toBe(`Akses akun linkedin Anda berakhir pada ${id.formatDate('2027-01-30T18:58:07.540Z', { dateStyle: 'medium', timeStyle: 'short' })}, sebelum waktu ini; hubungkan ulang dulu, lalu jadwalkan.`);
    expect(translated).toContain('31 Jan 2027'); // already the 31st in Jakarta
  });

  it('translate the parts a sentence takes ({@…}) as well', () => {
    const illegal = userMessage('share.transition.locked', { status: 'share.status.published', action: 'share.action.edit' });
    expect(illegal.message).toBe('This share is published; it can no longer be edited.');
    expect(translateServerMessage(illegal, id)).toBe('Kiriman ini sudah terbit; kiriman ini tidak dapat lagi diubah.');
    expect(translateServerMessage(userMessage('limit.signInAccount', { wait: 'unit.minutes', minutes: 15 }), id)).toBe('Terlalu banyak percobaan masuk untuk akun ini; coba lagi dalam 15 menit.');
  });

  it('show the server’s English sentence for a code it does not know', () => {
    expect(translateServerMessage({ code: 'share.somethingNew', params: {}, message: 'Something new happened.' }, id)).toBe('Something new happened.');
    expect(translateServerMessage({ message: 'No code at all.' }, id)).toBe('No code at all.');
    expect(translateServerMessage({ code: 'error.notFound' }, id)).toBe('Tidak ditemukan.');
  });

  it('English from the catalog is what the API writes', () => {
    const sample = userMessage('reward.notEnoughPoints', { balance: 1200, name: 'Lunch', cost: 1500 });
    expect(translateServerMessage(sample, en)).toBe(sample.message);
    expect(sample.message).toBe('You have 1,200 point(s); Lunch costs 1,500.');
  });
});
