import { charsetFromContentType, clip, decodeHtmlBytes, extractMetadata, sniffCharset } from './html-metadata';

const PAGE = 'https://example.com/blog/post?id=1';

describe('extractMetadata', () => {
  it('prefers Open Graph tags', () => {
    const html = `<html><head>
      <title>Plain title</title>
      <meta name="description" content="Plain description">
      <meta property="og:title" content="OG title">
      <meta property="og:description" content="OG description">
      <meta property="og:image" content="https://cdn.example.com/a.png">
      <meta property="og:site_name" content="Example Blog">
      <meta name="twitter:title" content="Twitter title">
    </head><body></body></html>`;
    expect(extractMetadata(html, PAGE)).toEqual({
      title: 'OG title',
      description: 'OG description',
      imageUrl: 'https://cdn.example.com/a.png',
      siteName: 'Example Blog',
    });
  });

  it('falls back to Twitter cards, then to <title> and meta description', () => {
    const twitter = `<meta name="twitter:title" content="T title"><meta name="twitter:description" content="T desc">
      <meta name="twitter:image" content="/t.png"><title>Plain</title>`;
    expect(extractMetadata(twitter, PAGE)).toEqual({
      title: 'T title',
      description: 'T desc',
      imageUrl: 'https://example.com/t.png',
      siteName: null,
    });
    const plain = '<title>Just a title</title><meta name="description" content="Just a description">';
    expect(extractMetadata(plain, PAGE)).toEqual({ title: 'Just a title', description: 'Just a description', imageUrl: null, siteName: null });
  });

  it('returns nulls for a page without metadata', () => {
    expect(extractMetadata('<p>hello</p>', PAGE)).toEqual({ title: null, description: null, imageUrl: null, siteName: null });
  });

  it('handles attribute order, quotes, case, spacing and self-closing tags', () => {
    const html = `
      <META CONTENT='Single "quoted"' PROPERTY='og:title'/>
      <meta content=Unquoted property=og:site_name>
      <meta
        data-x="a > b"
        content = "Has > inside"
        name = "DESCRIPTION" />
      <meta property="og:image" content="https://example.com/x.png" >`;
    expect(extractMetadata(html, PAGE)).toEqual({
      title: 'Single "quoted"',
      description: 'Has > inside',
      imageUrl: 'https://example.com/x.png',
      siteName: 'Unquoted',
    });
  });

  it('accepts og keys given as name and twitter keys given as property', () => {
    const html = '<meta name="og:title" content="Named OG"><meta property="twitter:description" content="Property twitter">';
    const result = extractMetadata(html, PAGE);
    expect(result.title).toBe('Named OG');
    expect(result.description).toBe('Property twitter');
  });

  it('decodes entities in attributes and in <title>', () => {
    const html = `<title>Fish &amp; Chips &#8211; Caf&eacute;</title>
      <meta name="description" content="&quot;Best&quot; in town &mdash; 5&#x2605;">`;
    const result = extractMetadata(html, PAGE);
    expect(result.title).toBe('Fish & Chips – Café');
    expect(result.description).toBe('"Best" in town — 5★');
  });

  it('collapses whitespace and trims', () => {
    const html = '<title>\n   Spread\n\t out   title  </title>';
    expect(extractMetadata(html, PAGE).title).toBe('Spread out title');
  });

  it('skips empty values and takes the first of repeated tags', () => {
    const html = `<meta property="og:title" content="  "><meta property="og:title" content="First">
      <meta property="og:title" content="Second"><title>Fallback</title>`;
    expect(extractMetadata(html, PAGE).title).toBe('First');
  });

  it('resolves relative and protocol-relative images against the page', () => {
    const image = (content: string) => extractMetadata(`<meta property="og:image" content="${content}">`, PAGE).imageUrl;
    expect(image('/img/a.png')).toBe('https://example.com/img/a.png');
    expect(image('img/a.png')).toBe('https://example.com/blog/img/a.png');
    expect(image('../a b.png')).toBe('https://example.com/a%20b.png');
    expect(image('//cdn.example.net/a.png')).toBe('https://cdn.example.net/a.png');
    expect(image('  https://example.org/a.png  ')).toBe('https://example.org/a.png');
  });

  it('resolves images against <base href>', () => {
    const html = '<base href="/static/"><meta property="og:image" content="a.png">';
    expect(extractMetadata(html, PAGE).imageUrl).toBe('https://example.com/static/a.png');
  });

  it('drops images that are not http(s)', () => {
    const image = (content: string) => extractMetadata(`<meta property="og:image" content="${content}">`, PAGE).imageUrl;
    expect(image('javascript:alert(1)')).toBeNull();
    expect(image('data:image/png;base64,AAAA')).toBeNull();
    expect(image('ftp://example.com/a.png')).toBeNull();
    expect(image(`https://example.com/${'a'.repeat(3000)}.png`)).toBeNull();
  });

  it('falls back to og:image:secure_url and twitter:image:src', () => {
    expect(extractMetadata('<meta property="og:image:secure_url" content="https://e.com/s.png">', PAGE).imageUrl).toBe('https://e.com/s.png');
    expect(extractMetadata('<meta name="twitter:image:src" content="https://e.com/t.png">', PAGE).imageUrl).toBe('https://e.com/t.png');
  });

  it('caps title at 300 and description at 1000 characters', () => {
    const html = `<title>${'t'.repeat(400)}</title><meta name="description" content="${'d'.repeat(2000)}">`;
    const result = extractMetadata(html, PAGE);
    expect(result.title).toHaveLength(300);
    expect(result.title?.endsWith('t…')).toBe(true);
    expect(result.description).toHaveLength(1000);
  });

  it('ignores tags inside comments, scripts, styles and inline SVG', () => {
    const html = `
      <!-- <meta property="og:title" content="Commented"> -->
      <script>var s = '<meta property="og:description" content="Scripted">';</script>
      <style>/* <title>Styled</title> */</style>
      <svg><title>Icon</title></svg>
      <title>Real title</title>`;
    expect(extractMetadata(html, PAGE)).toEqual({ title: 'Real title', description: null, imageUrl: null, siteName: null });
  });

  it('copes with broken markup', () => {
    expect(extractMetadata('<title>Unclosed', PAGE).title).toBe('Unclosed');
    expect(extractMetadata('<meta property="og:title" content="unterminated', PAGE).title).toBe('unterminated');
    expect(extractMetadata('<meta', PAGE).title).toBeNull();
    expect(extractMetadata('<metadata content="x" property="og:title"><title>T</title>', PAGE).title).toBe('T');
  });
});

describe('clip', () => {
  it('keeps short text, cuts long text at a word or code point with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('   ', 10)).toBeNull();
    expect(clip(null, 10)).toBeNull();
    expect(clip('abcdefghij', 10)).toBe('abcdefghij');
    expect(clip('abcdefghijk', 10)).toBe('abcdefghi…');
    expect(clip('😀'.repeat(5), 3)).toBe('😀😀…');
    expect(clip('word word word', 12)).toBe('word word…');
    expect(clip('word averyveryverylongword', 12)).toBe('word averyv…');
  });
});

describe('charsets', () => {
  it('reads the charset from a Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset=UTF-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html;charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/html')).toBeNull();
  });

  it('sniffs <meta charset> and http-equiv in the first 1024 bytes, and byte order marks', () => {
    expect(sniffCharset(Buffer.from('<meta charset="ISO-8859-1"><title>x</title>'))).toBe('iso-8859-1');
    expect(sniffCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'))).toBe('windows-1252');
    expect(sniffCharset(Buffer.from(`${' '.repeat(1100)}<meta charset="latin1">`))).toBeNull();
    expect(sniffCharset(Buffer.from('\ufeff<meta charset="latin1">'))).toBe('utf-8');
    expect(sniffCharset(Buffer.from('<title>none</title>'))).toBeNull();
  });

  it('decodes UTF-8 by default and Latin-1 when declared', () => {
    expect(decodeHtmlBytes(Buffer.from('<title>Café</title>', 'utf8'), null)).toBe('<title>Café</title>');
    const latin1 = Buffer.from('<title>Café</title>', 'latin1');
    expect(latin1).toHaveLength(19); // é is one byte, 0xE9
    expect(decodeHtmlBytes(latin1, 'iso-8859-1')).toBe('<title>Café</title>');
    const declared = Buffer.concat([Buffer.from('<meta charset="latin1"><title>Caf'), Buffer.from([0xe9, 0x96]), Buffer.from('</title>')]);
    expect(decodeHtmlBytes(declared, null)).toBe('<meta charset="latin1"><title>Café–</title>');
    expect(decodeHtmlBytes(Buffer.from('ok'), 'no-such-charset')).toBe('ok');
  });
});
