import { en, type MessageKey } from '../i18n/en';
import { id } from '../i18n/id';
import { badgeText, describePointEvent } from './point-events';

function i18nOf(messages: Record<MessageKey, string>) {
  return {
    t: (key: MessageKey, values: Record<string, string | number> = {}) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)),
  };
}

describe('point events and badges in the reader’s language', () => {
  it('describes each kind in Bahasa Indonesia from its detail', () => {
    const indonesian = i18nOf(id);
    expect(describePointEvent(indonesian, { kind: 'share_published', detail: { postTitle: 'Kantor baru', network: 'linkedin' } })).toBe('Membagikan “Kantor baru” di LinkedIn');
    expect(describePointEvent(indonesian, { kind: 'click', detail: { units: 3 } })).toBe('3 klik pada kiriman Anda');
    expect(describePointEvent(indonesian, { kind: 'engagement', detail: { units: 1 } })).toBe('Satu reaksi, komentar, atau bagikan ulang atas kiriman Anda');
    expect(describePointEvent(indonesian, { kind: 'contest_bonus', detail: { contestName: 'Desember', rank: 2 } })).toBe('Kompetisi “Desember”: peringkat 2');
    expect(describePointEvent(indonesian, { kind: 'redemption', detail: {} })).toBe('Menukar sebuah hadiah');
  });

  it('matches the server’s English sentences', () => {
    const english = i18nOf(en);
    expect(describePointEvent(english, { kind: 'own_commentary', detail: { postTitle: 'Q3' } })).toBe('Your own words on “Q3”');
    expect(describePointEvent(english, { kind: 'engagement', detail: { units: 4 } })).toBe('4 reactions, comments or reshares of your share');
  });

  it('translates known badges and keeps the server’s words for a new one', () => {
    expect(badgeText(i18nOf(id), { code: 'first_share', name: 'First share', description: 'Published your first share.' }).name).toBe('Kiriman pertama');
    expect(badgeText(i18nOf(id), { code: 'new_badge', name: 'New badge', description: 'Something new.' })).toEqual({ name: 'New badge', description: 'Something new.' });
  });
});
