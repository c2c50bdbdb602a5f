import { MESSAGE_CATALOG } from './catalog';
import { formatMessage, placeholdersOf, userMessage } from './user-message';

describe('user messages', () => {
  it('carries the code and parameters beside the English sentence', () => {
    expect(userMessage('error.notFound')).toEqual({ code: 'error.notFound', params: {}, message: 'Not found.' });
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(formatMessage('Shares: {count}, due {dueAt}', { count: 3 })).toBe('Shares: 3, due {dueAt}');
    expect(formatMessage('{a}{a}', { a: 'x' }, (name, value) => `${name}=${value}`)).toBe('a=xa=x');
  });

  it('lists placeholders sorted, for translation checks', () => {
    expect(placeholdersOf('{b} and {a}')).toEqual(['a', 'b']);
  });

  it('has a non-empty sentence for every code, with codes shaped area.name', () => {
    for (const [code, template] of Object.entries(MESSAGE_CATALOG)) {
      expect(code).toMatch(/^[a-z]+(\.[a-zA-Z0-9]+)+$/);
      expect(template.trim()).not.toBe('');
    }
  });
});
