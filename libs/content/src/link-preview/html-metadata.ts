import { TextDecoder } from 'node:util';
import { decodeHtmlEntities, WINDOWS_1252_C1 } from './html-entities';

/** What a page says about itself, cleaned up for a post form. */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  imageUrl: string | null;
  siteName: string | null;
}

export const METADATA_LIMITS = { title: 300, description: 1000, siteName: 200, imageUrl: 2048 } as const;

// First present key wins: Open Graph, then Twitter cards, then plain HTML.
const TITLE_KEYS = ['og:title', 'twitter:title'];
const DESCRIPTION_KEYS = ['og:description', 'twitter:description', 'description'];
const IMAGE_KEYS = ['og:image', 'og:image:secure_url', 'og:image:url', 'twitter:image', 'twitter:image:src'];
const SITE_NAME_KEYS = ['og:site_name', 'application-name'];

/**
 * Reads the Open Graph, Twitter card and plain HTML metadata of a page. `pageUrl` is the
 * address the page was finally served from; relative image addresses are resolved against it
 * (or against the page's `<base href>`).
 */
export function extractMetadata(html: string, pageUrl: string): PageMetadata {
  const meta = new Map<string, string>();
  let titleElement: string | null = null;
  let baseHref: string | null = null;

  // Comments, scripts, styles and inline SVG (which has its own <title>) hold no page metadata.
  const source = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '');

  const lowerSource = source.toLowerCase();
  const tagPattern = /<(meta|title|base)(?=[\s/>])/gi;
  for (let match = tagPattern.exec(source); match; match = tagPattern.exec(source)) {
    const tag = match[1].toLowerCase();
    const { attributes, end } = readAttributes(source, tagPattern.lastIndex);
    tagPattern.lastIndex = end;
    if (tag === 'title') {
      const close = lowerSource.indexOf('</title', end);
      const text = source.slice(end, close === -1 ? undefined : close);
      titleElement ??= decodeHtmlEntities(text);
      if (close !== -1) tagPattern.lastIndex = close;
    } else if (tag === 'base') {
      baseHref ??= attributes.get('href') ?? null;
    } else {
      const content = attributes.get('content') ?? attributes.get('value');
      if (content === undefined || content.trim() === '') continue;
      for (const keyAttribute of ['property', 'name', 'itemprop']) {
        const key = attributes.get(keyAttribute)?.trim().toLowerCase();
        if (key && !meta.has(key)) meta.set(key, content);
      }
    }
  }

  const first = (keys: string[]) => keys.map((key) => meta.get(key)).find((value) => value !== undefined) ?? null;
  return {
    title: clip(first(TITLE_KEYS) ?? titleElement, METADATA_LIMITS.title),
    description: clip(first(DESCRIPTION_KEYS), METADATA_LIMITS.description),
    imageUrl: resolveImageUrl(first(IMAGE_KEYS), baseHref, pageUrl),
    siteName: clip(first(SITE_NAME_KEYS), METADATA_LIMITS.siteName),
  };
}

/**
 * Turns the bytes of an HTML page into text. The charset comes from the Content-Type header,
 * else from a byte order mark or a `<meta charset>` near the top, else UTF-8. Latin-1 labels
 * decode as Windows-1252, its superset, as browsers do.
 */
export function decodeHtmlBytes(bytes: Buffer, headerCharset: string | null): string {
  const charset = headerCharset ?? sniffCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    // An unknown label: UTF-8 is the best guess, and it never throws.
    decoder = new TextDecoder('utf-8');
  }
  // Node's TextDecoder reads windows-1252 as plain Latin-1, losing “, ”, – and € (0x80–0x9F).
  if (decoder.encoding === 'windows-1252') {
    return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (char) => {
      const code = char.charCodeAt(0);
      return String.fromCodePoint(WINDOWS_1252_C1[code] ?? code);
    });
  }
  return decoder.decode(bytes);
}

/** The charset a page declares in its first 1024 bytes, as the HTML standard's prescan looks. */
export function sniffCharset(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const head = bytes.subarray(0, 1024).toString('latin1');
  const metaPattern = /<meta(?=[\s/>])/gi;
  for (let match = metaPattern.exec(head); match; match = metaPattern.exec(head)) {
    const { attributes, end } = readAttributes(head, metaPattern.lastIndex);
    metaPattern.lastIndex = end;
    const declared =
      attributes.get('charset') ??
      (attributes.get('http-equiv')?.toLowerCase() === 'content-type' ? charsetFromContentType(attributes.get('content') ?? '') : null);
    if (declared) return declared.trim().toLowerCase();
  }
  return null;
}

/** `text/html; charset="ISO-8859-1"` gives `iso-8859-1`. */
export function charsetFromContentType(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType);
  const charset = (match?.[1] ?? match?.[2])?.trim().toLowerCase();
  return charset ? charset : null;
}

/**
 * Reads a tag's attributes starting just after its name, the way the HTML tokenizer does:
 * any order, double, single or no quotes, names in any case (the first of a name wins).
 * Values are entity-decoded. `end` is the index just past the closing `>`.
 */
function readAttributes(source: string, start: number): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  const isSpace = (char: string | undefined) => char !== undefined && /[\s/]/.test(char);
  let i = start;
  while (i < source.length) {
    while (isSpace(source[i])) i++;
    if (i >= source.length || source[i] === '>') break;
    const nameStart = i;
    i++; // a name may start with any character, even "="
    while (i < source.length && !/[\s/>=]/.test(source[i])) i++;
    const name = source.slice(nameStart, i).toLowerCase();
    while (i < source.length && /\s/.test(source[i])) i++;
    let value = '';
    if (source[i] === '=') {
      i++;
      while (i < source.length && /\s/.test(source[i])) i++;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        const valueEnd = close === -1 ? source.length : close;
        value = source.slice(i + 1, valueEnd);
        i = valueEnd + 1;
      } else {
        const valueStart = i;
        while (i < source.length && !/[\s>]/.test(source[i])) i++;
        value = source.slice(valueStart, i);
      }
    }
    if (!attributes.has(name)) attributes.set(name, decodeHtmlEntities(value));
  }
  return { attributes, end: Math.min(i + 1, source.length) };
}

/** Collapses whitespace, trims, and cuts to at most `max` characters (ending with "…" when cut). */
export function clip(text: string | null, max: number): string | null {
  if (text === null) return null;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return null;
  const characters = [...clean];
  if (characters.length <= max) return clean;
  const kept = characters.slice(0, max - 1).join('');
  // Cut at the last space when that keeps most of the text; otherwise mid-word.
  const lastSpace = kept.lastIndexOf(' ');
  return `${lastSpace >= kept.length * 0.6 ? kept.slice(0, lastSpace) : kept.trimEnd()}…`;
}

function resolveImageUrl(raw: string | null, baseHref: string | null, pageUrl: string): string | null {
  if (raw === null) return null;
  const base = parseHttpUrl(baseHref ?? '', pageUrl) ?? pageUrl;
  const image = parseHttpUrl(raw.trim(), base);
  return image && image.length <= METADATA_LIMITS.imageUrl ? image : null;
}

/** Only http(s) images are kept; a `javascript:` or `data:` address is dropped. */
function parseHttpUrl(text: string, base: string): string | null {
  if (text === '') return null;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
