import { randomInt } from 'node:crypto';

/**
 * Tracked links (docs/architecture.md, "Tracked links"): a share with a link posts
 * `APP_URL/r/<code>` instead of the content's URL, and the redirect sends the visitor on to the
 * content with UTM parameters that name the network, the campaign and the share.
 */

const CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 10 base-62 characters: about 59 bits, so codes cannot be guessed or walked. */
export const TRACKING_CODE_LENGTH = 10;
export const TRACKING_CODE_PATTERN = /^[0-9A-Za-z]{10}$/;

export const UTM_MEDIUM = 'employee_advocacy';

export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a new share posts beside its text, and where its tracked link leads. */
export interface TrackedLinkFields {
  link: string | null;
  trackingCode: string | null;
  destinationUrl: string | null;
}

/**
 * A new share's link: for content with a URL, its own tracked link (`APP_URL/r/<code>`), which
 * leads on to the content with UTM parameters (campaign: the campaign's slug, else the post's);
 * a URL that is not http(s) is posted as it is, untracked.
 */
export function trackedLinkFor(appUrl: string, content: { url: string | null; title: string; campaignName: string | null }, network: string, code = newTrackingCode()): TrackedLinkFields {
  if (!content.url) return { link: null, trackingCode: null, destinationUrl: null };
  const destinationUrl = withUtm(content.url, { source: network, campaign: slugify(content.campaignName ?? content.title), content: code });
  if (!destinationUrl) return { link: content.url, trackingCode: null, destinationUrl: null };
  return { link: trackedUrl(appUrl, code), trackingCode: code, destinationUrl };
}

/** What goes into the post: the app's own short address for the share. */
export function trackedUrl(appUrl: string, code: string): string {
  return `${appUrl.replace(/\/+$/, '')}/r/${code}`;
}

/** Lower-case words joined by hyphens, ASCII only, at most 60 characters: "Q3 Hiring — Surabaya" → "q3-hiring-surabaya". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60).replace(/-+$/, '') || 'post';
}

export interface UtmValues {
  /** The network the share went to: `utm_source`. */
  source: string;
  /** The campaign's slug, or the post's when it has no campaign: `utm_campaign`. */
  campaign: string;
  /** The share's code, which conversions report back: `utm_content`. */
  content: string;
}

/**
 * The content URL with UTM parameters added. The URL's own query (order included) and fragment
 * stay as they are, and a `utm_*` value the curator already put in the URL is never replaced.
 * Returns null for a URL that is not http(s).
 */
export function withUtm(url: string, utm: UtmValues): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const wanted: [string, string][] = [
    ['utm_source', utm.source],
    ['utm_medium', UTM_MEDIUM],
    ['utm_campaign', utm.campaign],
    ['utm_content', utm.content],
  ];
  const present = new Set([...parsed.searchParams.keys()].map((key) => key.toLowerCase()));
  const added = wanted.filter(([key]) => !present.has(key)).map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  if (added.length === 0) return parsed.toString();
  // Appended as text, so the existing query is kept byte for byte (URLSearchParams would re-encode it).
  const query = parsed.search.length > 1 ? `${parsed.search}&${added.join('&')}` : `?${added.join('&')}`;
  return `${parsed.origin}${parsed.pathname}${query}${parsed.hash}`;
}
