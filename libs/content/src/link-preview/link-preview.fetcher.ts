import { type MessageParams, type UserMessage, userMessage, UserMessageError } from '@chorus/messages';
import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { ClientRequest, IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip } from 'node:zlib';
import { charsetFromContentType, decodeHtmlBytes, extractMetadata } from './html-metadata';
import { CidrRange, isPublicAddress, matchesAny, parseAddress } from './ip-ranges';

export interface LinkPreview {
  /** The address the page was finally served from, after redirects. */
  url: string;
  title: string | null;
  description: string | null;
  imageUrl: string | null;
  siteName: string | null;
}

/** Resolves a host name to all of its addresses, like `dns.lookup(host, { all: true })`. */
export type ResolveHost = (hostname: string, options: LookupOptions) => Promise<LookupAddress[]>;

export interface LinkPreviewFetcherOptions {
  /** Time limit for the whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** Most bytes of (decompressed) body read before giving up. */
  maxBytes?: number;
  maxRedirects?: number;
  /**
   * Host names, IP addresses or CIDR ranges fetched even though they are private or local,
   * e.g. an intranet. Empty by default: only public addresses are fetched.
   */
  allowedHosts?: string[];
  userAgent?: string;
  /** DNS resolution; the system resolver unless a test or deployment supplies another. */
  resolveHost?: ResolveHost;
}

export type LinkPreviewFailure =
  | 'invalid_url'
  | 'unsupported_scheme'
  | 'credentials_in_url'
  | 'blocked_port'
  | 'blocked_address'
  | 'dns_failed'
  | 'dns_unavailable'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'unsupported_type'
  | 'network_error';

/** Why a preview could not be made; `message` is a sentence a curator can read. */
export class LinkPreviewError extends UserMessageError {
  constructor(
    readonly reason: LinkPreviewFailure,
    message: UserMessage,
    /** The HTTP status, when the reason is `http_status`. */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'LinkPreviewError';
  }
}

const TYPE_IT = 'preview.typeIt';

/**
 * The ports browsers refuse to fetch (the Fetch standard's "bad ports": mail, SSH, IRC, …),
 * plus 0. Other ports are allowed, since real pages live on 8080 and friends and private
 * addresses are refused whatever the port; this keeps a link from making Chorus speak HTTP
 * to a mail or SSH server on someone's public host.
 */
const BLOCKED_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103,
  104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514,
  515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723,
  2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

const systemResolveHost: ResolveHost = (hostname, options) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/**
 * Fetches a web page a curator pasted and reads its title, description, image and site name.
 *
 * The URL comes from a user and the fetch runs inside our network, so every hop is checked
 * before a connection is made: http(s) only, no credentials, no "bad" ports, and the address
 * the socket connects to must be public (or allowed). Host names are checked inside the
 * socket's own DNS lookup, so a name that resolves to a public address for a pre-check and a
 * private one a moment later (DNS rebinding) cannot slip through. Redirects are followed by
 * hand so each one is checked the same way.
 *
 * Only the head of an HTML page is read (reading stops at `</head>`), within `maxBytes` of
 * decompressed body and `timeoutMs` for the whole fetch. An image link previews as its own
 * image; other types are refused.
 */
export class LinkPreviewFetcher {
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly userAgent: string;
  private readonly allowedHostNames: Set<string>;
  private readonly allowedRanges: CidrRange[];
  private readonly resolveHost: ResolveHost;

  constructor(options: LinkPreviewFetcherOptions = {}) {
    this.timeoutMs = wholeNumber(options.timeoutMs ?? 5000, 'timeoutMs', 1);
    this.maxBytes = wholeNumber(options.maxBytes ?? 1_000_000, 'maxBytes', 1);
    this.maxRedirects = wholeNumber(options.maxRedirects ?? 3, 'maxRedirects', 0);
    this.userAgent = options.userAgent ?? 'ChorusLinkPreview/1.0';
    this.resolveHost = options.resolveHost ?? systemResolveHost;
    const allowed = (options.allowedHosts ?? []).map((entry) => entry.trim()).filter((entry) => entry !== '');
    const isRange = (entry: string) => parseAddress(entry.split('/')[0] ?? '') !== null;
    this.allowedRanges = allowed.filter(isRange).map(CidrRange.parse);
    this.allowedHostNames = new Set(allowed.filter((entry) => !isRange(entry)).map(normalizeHostname));
  }

  async fetch(url: string): Promise<LinkPreview> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      let target = this.checkUrl(url);
      for (let redirects = 0; ; redirects++) {
        const response = await this.get(target, controller.signal);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (REDIRECT_STATUSES.has(status) && location) {
          response.destroy();
          if (redirects >= this.maxRedirects) {
            throw new LinkPreviewError(
              'too_many_redirects',
              userMessage('preview.tooManyRedirects', { max: this.maxRedirects, advice: TYPE_IT }),
            );
          }
          target = this.checkUrl(resolveLocation(location, target));
          continue;
        }
        return await this.readPreview(target, response, controller.signal);
      }
    } catch (error) {
      if (error instanceof LinkPreviewError) throw error;
      if (controller.signal.aborted) {
        throw new LinkPreviewError('timeout', userMessage('preview.timeout', { ...describeDuration(this.timeoutMs), advice: TYPE_IT }));
      }
      throw new LinkPreviewError('network_error', userMessage('preview.unreachable', { ...describeNetworkError(error), advice: TYPE_IT }));
    } finally {
      clearTimeout(timer);
    }
  }

  /** Checks what can be checked without DNS; returns the parsed URL. */
  private checkUrl(url: string): URL {
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      throw new LinkPreviewError('invalid_url', userMessage('preview.invalidUrl'));
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new LinkPreviewError('unsupported_scheme', userMessage('preview.unsupportedScheme'));
    }
    if (parsed.username !== '' || parsed.password !== '') {
      throw new LinkPreviewError('credentials_in_url', userMessage('preview.credentialsInUrl'));
    }
    const port = parsed.port === '' ? null : Number(parsed.port);
    if (port !== null && BLOCKED_PORTS.has(port)) {
      throw new LinkPreviewError(
        'blocked_port',
        userMessage('preview.blockedPort', { port: String(port) }),
      );
    }
    // The socket skips DNS for an IP literal, so the literal itself is checked here.
    const hostname = normalizeHostname(parsed.hostname);
    if (isIP(hostname) && !this.isAllowedAddress(hostname, hostname)) throw blockedAddressError();
    return parsed;
  }

  private isAllowedAddress(address: string, hostname: string): boolean {
    return isPublicAddress(address) || this.allowedHostNames.has(hostname) || matchesAny(address, this.allowedRanges);
  }

  /**
   * The socket's DNS lookup: resolves the name and refuses it when any of its addresses is not
   * public, so the address checked is the address connected to.
   */
  private guardedLookup(): LookupFunction {
    return (hostname, options, callback) => {
      const name = normalizeHostname(hostname);
      this.resolveHost(hostname, options).then(
        (addresses) => {
          if (addresses.length === 0 || addresses.some(({ address }) => !this.isAllowedAddress(address, name))) {
            callback(blockedAddressError(), '', 0);
          } else if (options.all) {
            callback(null, addresses);
          } else {
            callback(null, addresses[0].address, addresses[0].family);
          }
        },
        (error: unknown) => {
          // ENOTFOUND/ENODATA: the name does not exist (a typo, most likely). Anything else (EAI_AGAIN,
          // a timeout, no name server): the lookup itself failed, e.g. the server has no internet.
          const code = (error as { code?: unknown } | null)?.code;
          const missing = code === 'ENOTFOUND' || code === 'ENODATA';
          callback(
            missing
              ? new LinkPreviewError('dns_failed', userMessage('preview.dnsFailed', { host: name }))
              : new LinkPreviewError('dns_unavailable', userMessage('preview.dnsUnavailable', { host: name, advice: TYPE_IT })),
            '',
            0,
          );
        },
      );
    };
  }

  private get(target: URL, signal: AbortSignal): Promise<IncomingMessage> {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      let request: ClientRequest;
      try {
        request = send({
          protocol: target.protocol,
          hostname: normalizeHostname(target.hostname),
          port: target.port === '' ? undefined : Number(target.port),
          path: `${target.pathname}${target.search}`,
          method: 'GET',
          headers: {
            'user-agent': this.userAgent,
            accept: 'text/html,application/xhtml+xml;q=0.9,image/*;q=0.8,*/*;q=0.1',
            'accept-encoding': 'gzip, br',
          },
          // A fresh socket per hop, so every connection goes through the guarded lookup.
          agent: false,
          lookup: this.guardedLookup(),
          signal,
        });
      } catch (error) {
        reject(error);
        return;
      }
      request.once('response', resolve);
      // `on`, not `once`: a socket can report a second error after the first one settled this.
      request.on('error', reject);
      request.end();
    });
  }

  private async readPreview(target: URL, response: IncomingMessage, signal: AbortSignal): Promise<LinkPreview> {
    const url = target.href;
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      response.destroy();
      const advice = status === 404 ? 'preview.checkLink' : TYPE_IT;
      throw new LinkPreviewError('http_status', userMessage('preview.httpStatus', { status: String(status), advice }), status);
    }
    const contentType = response.headers['content-type'] ?? '';
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    if (mediaType.startsWith('image/')) {
      response.destroy();
      return { url, title: null, description: null, imageUrl: url, siteName: null };
    }
    if (!HTML_TYPES.has(mediaType)) {
      response.destroy();
      const what = mediaType === '' ? userMessage('preview.notAPageUnknownType', { advice: TYPE_IT }) : userMessage('preview.notAPage', { mediaType, advice: TYPE_IT });
      throw new LinkPreviewError(
        'unsupported_type',
        what,
      );
    }
    const body = await this.readHead(response, signal);
    const html = decodeHtmlBytes(body, charsetFromContentType(contentType));
    return { url, ...extractMetadata(html, url) };
  }

  /**
   * Reads the body until `</head>` (all the metadata is there) or its end, counting the
   * decompressed bytes as they stream in; Content-Length is not trusted.
   */
  private readHead(response: IncomingMessage, signal: AbortSignal): Promise<Buffer> {
    const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    let body: Readable;
    if (encoding === 'gzip' || encoding === 'x-gzip') body = response.pipe(createGunzip());
    else if (encoding === 'br') body = response.pipe(createBrotliDecompress());
    else if (encoding === 'identity') body = response;
    else {
      response.destroy();
      const message = userMessage('preview.unknownCompression', { encoding, advice: TYPE_IT });
      return Promise.reject(new LinkPreviewError('unsupported_type', message));
    }

    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let total = 0;
      let previousTail = '';
      let settled = false;
      const finish = (error: Error | null) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        body.removeAllListeners('data');
        response.destroy();
        if (body !== response) body.destroy();
        if (error) reject(error);
        else resolve(Buffer.concat(chunks));
      };
      const onAbort = () => finish(new Error('aborted'));
      signal.addEventListener('abort', onAbort);

      body.on('data', (chunk: Buffer) => {
        const room = this.maxBytes - total;
        const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
        total += piece.length;
        chunks.push(piece);
        // `</head` is ASCII, so it can be found in the raw bytes whatever the charset.
        const text = previousTail + piece.toString('latin1');
        previousTail = text.slice(-6);
        if (/<\/head[\s>]/i.test(text)) {
          finish(null);
        } else if (chunk.length > room) {
          const size = describeSize(this.maxBytes);
          finish(new LinkPreviewError('too_large', userMessage('preview.tooLarge', { ...size, advice: TYPE_IT })));
        }
      });
      body.once('end', () => finish(null));
      body.on('error', (error) => finish(signal.aborted ? new Error('aborted') : readError(error)));
      // A response cut off mid-way; `complete` tells it apart from the close after a normal end.
      response.on('error', (error) => finish(signal.aborted ? new Error('aborted') : error));
      response.once('close', () => {
        if (!response.complete) finish(signal.aborted ? new Error('aborted') : cutOffError());
      });
    });
  }
}

function blockedAddressError(): LinkPreviewError {
  return new LinkPreviewError('blocked_address', userMessage('preview.blockedAddress'));
}

function cutOffError(): LinkPreviewError {
  return new LinkPreviewError('network_error', userMessage('preview.cutOff', { advice: TYPE_IT }));
}

function readError(error: Error & { code?: string }): Error {
  if (error.code?.startsWith('Z_') || error.code?.startsWith('ERR__')) {
    return new LinkPreviewError('network_error', userMessage('preview.damaged', { advice: TYPE_IT }));
  }
  return error;
}

/** Lower case, without IPv6 brackets or a trailing dot, so names compare equal. */
function normalizeHostname(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

function resolveLocation(location: string, from: URL): string {
  try {
    return new URL(location, from).href;
  } catch {
    throw new LinkPreviewError('invalid_url', userMessage('preview.badRedirect'));
  }
}

function wholeNumber(value: number, name: string, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`LinkPreviewFetcher option ${name} must be a whole number of at least ${min}; got ${value}.`);
  }
  return value;
}

/** `{@duration}` and its amount, for a message's parameters. */
function describeDuration(ms: number): MessageParams {
  if (ms < 1000) return { duration: 'unit.milliseconds', milliseconds: ms };
  const seconds = ms / 1000;
  return seconds === 1 ? { duration: 'unit.second' } : { duration: 'unit.seconds', seconds: Number.isInteger(seconds) ? seconds : Number(seconds.toFixed(1)) };
}

/** `{@size}` and its amount. */
function describeSize(bytes: number): MessageParams {
  if (bytes >= 1_000_000) return { size: 'unit.megabytes', megabytes: +(bytes / 1_000_000).toFixed(1) };
  if (bytes >= 1000) return { size: 'unit.kilobytes', kilobytes: +(bytes / 1000).toFixed(1) };
  return { size: 'unit.bytes', bytes };
}

/** `{@cause}`: what went wrong with the connection. */
function describeNetworkError(error: unknown): MessageParams {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return { cause: 'preview.cause.refused' };
    case 'ECONNRESET':
      return { cause: 'preview.cause.reset' };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { cause: 'preview.cause.unreachable' };
    case 'CERT_HAS_EXPIRED':
      return { cause: 'preview.cause.certificateExpired' };
    default:
      if (typeof code === 'string' && /CERT|SSL|TLS/.test(code)) return { cause: 'preview.cause.certificateInvalid' };
      return typeof code === 'string' ? { cause: 'preview.cause.failedWithCode', errorCode: code } : { cause: 'preview.cause.failed' };
  }
}
