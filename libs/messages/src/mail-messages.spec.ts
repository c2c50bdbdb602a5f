import { MAIL_MESSAGES, MAIL_MESSAGES_ID, MailMessageCode } from './mail-messages';
import { placeholdersOf } from './user-message';

describe('mail sentences', () => {
  const codes = Object.keys(MAIL_MESSAGES) as MailMessageCode[];

  it('has Bahasa Indonesia for exactly the English sentences', () => {
    expect(Object.keys(MAIL_MESSAGES_ID).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('translates %s with the same placeholders, and not as the English text', (code) => {
    expect(placeholdersOf(MAIL_MESSAGES_ID[code])).toEqual(placeholdersOf(MAIL_MESSAGES[code]));
    expect(MAIL_MESSAGES_ID[code]).not.toBe(MAIL_MESSAGES[code]);
  });
});
