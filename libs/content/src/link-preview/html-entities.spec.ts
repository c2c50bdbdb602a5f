import { decodeHtmlEntities } from './html-entities';

describe('decodeHtmlEntities', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&lt;b&gt; &quot;hi&quot; &apos;there&apos;', `<b> "hi" 'there'`],
    ['Caf&eacute; &Agrave; la carte', 'Café À la carte'],
    ['&nbsp;&copy;&reg;&trade;&euro;&pound;', '\u00a0©®™€£'],
    ['&iexcl;&yuml;', '¡ÿ'],
    ['wait&hellip; &mdash; &ndash; &lsquo;q&rsquo; &ldquo;q&rdquo;', 'wait… — – ‘q’ “q”'],
    ['&#39;&#x27;&#X27;', "'''"],
    ['&#233;&#xE9;', 'éé'],
    ['&#128512; &#x1F600;', '😀 😀'],
    ['&#150; &#x93;', '– “'], // Windows-1252 numbers mean Windows-1252 characters
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&#233 without semicolon', 'é without semicolon'],
    ['&unknown; &amp', '&unknown; &amp'],
    ['&constructor; &toString;', '&constructor; &toString;'],
    ['&amp;amp;', '&amp;'], // decoded once, not twice
    ['no entities at all', 'no entities at all'],
    ['AT&T & co', 'AT&T & co'],
  ])('%j becomes %j', (input, expected) => {
    expect(decodeHtmlEntities(input)).toBe(expected);
  });
});
