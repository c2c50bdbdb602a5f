import {
  escapeLittleText,
  hashtagTemplate,
  LITTLE_TEXT_RESERVED_CHARACTERS,
  parseLittleText,
  unescapeLittleText,
} from './little-text';

describe('little text', () => {
  describe('escapeLittleText', () => {
    it.each(LITTLE_TEXT_RESERVED_CHARACTERS)('escapes %s', (character) => {
      expect(escapeLittleText(`a${character}b`)).toBe(`a\\${character}b`);
    });

    it('escapes every reserved character and nothing else', () => {
      expect(escapeLittleText('\\|{}@[]()<>#*_~')).toBe('\\\\\\|\\{\\}\\@\\[\\]\\(\\)\\<\\>\\#\\*\\_\\~');
      expect(escapeLittleText('Plain text, with punctuation: ok? yes! 100% "quoted" \'single\' $5 & more / + = ^ `')).toBe(
        'Plain text, with punctuation: ok? yes! 100% "quoted" \'single\' $5 & more / + = ^ `',
      );
    });

    it('leaves Indonesian text, emoji and line breaks alone', () => {
      const text = 'Selamat pagi! Kami bangga meluncurkan produk baru 🚀🇮🇩\nTerima kasih, tim 👩🏽‍💻';
      expect(escapeLittleText(text)).toBe(text);
    });

    it('escapes # by default, even in hashtags', () => {
      expect(escapeLittleText('Go #Chorus')).toBe('Go \\#Chorus');
    });

    it('turns #word hashtags into the hashtag template when asked', () => {
      expect(escapeLittleText('Go #Chorus and #BerbagiCerita2025!', { hashtags: true })).toBe(
        'Go {hashtag|\\#|Chorus} and {hashtag|\\#|BerbagiCerita2025}!',
      );
      expect(escapeLittleText('#Kopi (enak)', { hashtags: true })).toBe('{hashtag|\\#|Kopi} \\(enak\\)');
    });

    it('keeps #s that are not hashtags escaped', () => {
      expect(escapeLittleText('C# is #1, ##double, #snake_case', { hashtags: true })).toBe(
        'C\\# is \\#1, \\#{hashtag|\\#|double}, {hashtag|\\#|snake}\\_case',
      );
      expect(escapeLittleText('# alone', { hashtags: true })).toBe('\\# alone');
    });

    it('accepts hashtags in other scripts', () => {
      expect(escapeLittleText('#café #日本', { hashtags: true })).toBe(`${hashtagTemplate('café')} ${hashtagTemplate('日本')}`);
    });
  });

  describe('parseLittleText', () => {
    it('renders escapes and templates', () => {
      expect(parseLittleText('a \\(b\\) {hashtag|\\#|Tag} @[Ana Wijaya](urn:li:person:abc123) \\\\')).toEqual({
        text: 'a (b) #Tag Ana Wijaya \\',
        storedLittleText: 'a \\(b\\) {hashtag|\\#|Tag} @[Ana Wijaya](urn:li:person:abc123) \\\\',
        complete: true,
        truncatedAt: null,
        hashtags: ['Tag'],
        mentions: [{ text: 'Ana Wijaya', urn: 'urn:li:person:abc123' }],
      });
    });

    it.each(LITTLE_TEXT_RESERVED_CHARACTERS.filter((character) => character !== '\\'))(
      'cuts the text at an unescaped %s',
      (character) => {
        expect(parseLittleText(`Hello ${character} world`)).toMatchObject({
          text: 'Hello ',
          storedLittleText: 'Hello ',
          complete: false,
          truncatedAt: 6,
        });
      },
    );

    it('cuts the text at a lone trailing backslash', () => {
      expect(parseLittleText('Ends with \\')).toMatchObject({ text: 'Ends with ', complete: false, truncatedAt: 10 });
    });

    it('cuts at a malformed template', () => {
      expect(parseLittleText('See {hashtag|#|Tag} later')).toMatchObject({ text: 'See ', complete: false });
      expect(parseLittleText('See {hashtag|\\#|two words} later')).toMatchObject({ text: 'See ', complete: false });
      expect(parseLittleText('Hi @[Ana](https://example.com)')).toMatchObject({ text: 'Hi ', complete: false });
    });

    it('treats an escaped emoji as the whole emoji', () => {
      expect(parseLittleText('\\🎉!')).toMatchObject({ text: '🎉!', complete: true });
    });
  });

  describe('round trips', () => {
    const samples = [
      '',
      'Hello world',
      'Reserved: \\ | { } @ [ ] ( ) < > # * _ ~',
      'Kami bangga meluncurkan #ProdukBaru bersama @tim_kami (lihat tautan) 🚀🎉',
      'Markdown-ish *bold* _italic_ ~strike~ [link](https://example.com) <b>html</b>',
      'Emoji with skin tones and ZWJ: 👩🏽‍💻 👨‍👩‍👧 🇮🇩',
      'Line one\nLine two\r\n\tTabbed',
      '\\\\ double backslash \\( already escaped looking',
      '{hashtag|\\#|NotATemplateInInput}',
    ];

    it.each(samples)('unescape(escape(x)) === x for %j', (text) => {
      expect(unescapeLittleText(escapeLittleText(text))).toBe(text);
      expect(parseLittleText(escapeLittleText(text)).complete).toBe(true);
    });

    it.each(samples)('with hashtag templates too, for %j', (text) => {
      expect(unescapeLittleText(escapeLittleText(text, { hashtags: true }))).toBe(text);
      expect(parseLittleText(escapeLittleText(text, { hashtags: true })).complete).toBe(true);
    });

    it('round-trips every printable ASCII character', () => {
      const ascii = Array.from({ length: 95 }, (_unused, index) => String.fromCharCode(32 + index)).join('');
      expect(unescapeLittleText(escapeLittleText(ascii, { hashtags: true }))).toBe(ascii);
    });
  });
});
