import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { LinkPreviewError, LinkPreviewFailure, LinkPreviewFetcher, LinkPreviewFetcherOptions, ResolveHost } from './link-preview.fetcher';

// Every request in this file goes to this server on 127.0.0.1; other addresses are refused
// before a connection is made, which is what the tests check.
let server: Server;
let origin: string;
let port: number;
const received: { path: string; headers: IncomingMessage['headers'] }[] = [];

const OG_PAGE = `<!doctype html><html><head>
  <title>Plain title</title>
  <meta property="og:title" content="Quarterly results are in">
  <meta property="og:description" content="Revenue grew 12% in Q3.">
  <meta property="og:image" content="https://cdn.example.com/q3.png">
  <meta property="og:site_name" content="Acme News">
</head><body><h1>Q3</h1></body></html>`;

const ONE_CHUNK_HEAD = '<html><head><title>All in one write</title></head>';

const html = (res: ServerResponse, body: string | Buffer, contentType = 'text/html; charset=utf-8') => {
  res.writeHead(200, { 'content-type': contentType });
  res.end(body);
};
const redirect = (res: ServerResponse, location: string, status = 302) => {
  res.writeHead(status, { location });
  res.end();
};

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/og': (_req, res) => html(res, OG_PAGE),
  '/plain': (_req, res) =>
    html(res, '<html><head><title>  Team offsite\n 2025 </title><meta name="description" content="Photos from Bali."></head></html>'),
  '/entities': (_req, res) =>
    html(
      res,
      `<title>R&amp;D &#8211; Caf&eacute; &quot;Q&A&quot;</title><meta content='It&#39;s &lt;new&gt; &mdash; &#x1F680;' name=description>`,
    ),
  '/articles/relative-image': (_req, res) =>
    html(res, '<meta property="og:image" content="../images/cover.png"><meta name="twitter:title" content="Relative">'),
  // /hops/N reaches /og after N redirects, through each redirect status.
  '/hops/1': (_req, res) => redirect(res, '/og'),
  '/hops/2': (_req, res) => redirect(res, '/hops/1', 301),
  '/hops/3': (_req, res) => redirect(res, `${origin}/hops/2`, 307),
  '/hops/4': (_req, res) => redirect(res, './3', 308),
  '/slow': (_req, res) => {
    const timer = setTimeout(() => html(res, OG_PAGE), 2000);
    res.on('close', () => clearTimeout(timer));
  },
  '/trickle': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><head><title>Slow');
    const timer = setInterval(() => res.write(' and slower'), 20);
    res.on('close', () => clearInterval(timer));
  },
  '/huge': (_req, res) => {
    // Chunked, so there is no Content-Length to go by.
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><head><title>Huge</title><style>');
    for (let i = 0; i < 200; i++) res.write('x'.repeat(1000));
    res.end('</style></head></html>');
  },
  '/huge-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><head><title>Big body, small head</title></head><body>');
    const timer = setInterval(() => res.write('y'.repeat(10_000)), 5);
    res.on('close', () => clearInterval(timer));
  },
  '/one-chunk': (_req, res) => html(res, `${ONE_CHUNK_HEAD}<body>${'z'.repeat(100_000)}</body>`),
  '/missing': (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<title>Not found</title>');
  },
  '/broken': (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/html' });
    res.end('oops');
  },
  '/report.pdf': (_req, res) => html(res, Buffer.from('%PDF-1.7'), 'application/pdf'),
  '/cover.png': (_req, res) => html(res, Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
  '/gzip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(OG_PAGE));
  },
  '/brotli': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
    res.end(brotliCompressSync(OG_PAGE));
  },
  '/gzip-bomb': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(5_000_000, ' ')));
  },
  '/bad-gzip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end('this is not gzip at all');
  },
  '/latin1-header': (_req, res) => html(res, Buffer.from('<title>Caf\u00e9 cr\u00e8me</title>', 'latin1'), 'text/html; charset=ISO-8859-1'),
  '/latin1-meta': (_req, res) => {
    // 0x93 and 0x94 are curly quotes in Windows-1252, which browsers use for "latin1".
    const page = [Buffer.from('<meta charset="latin1"><title>Na\u00efve ', 'latin1'), Buffer.from([0x93, 0x71, 0x94]), Buffer.from('</title>')];
    html(res, Buffer.concat(page), 'text/html');
  },
  '/cut-off': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
    res.write('<title>Cut');
    setTimeout(() => req.socket.destroy(), 20);
  },
  '/to-metadata': (_req, res) => redirect(res, 'http://169.254.169.254/latest/meta-data/'),
  '/to-private': (_req, res) => redirect(res, 'http://10.0.0.1/admin'),
  '/to-ipv6-loopback': (_req, res) => redirect(res, `http://[::1]:${port}/og`),
  '/to-ftp': (_req, res) => redirect(res, 'ftp://example.com/file'),
  '/to-literal': (_req, res) => redirect(res, `http://127.0.0.1:${port}/og`),
  '/to-other-name': (_req, res) => redirect(res, `http://www.intranet.example:${port}/og`),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    received.push({ path, headers: req.headers });
    const route = routes[path];
    if (route) route(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
});

const local = (options: LinkPreviewFetcherOptions = {}) => new LinkPreviewFetcher({ allowedHosts: ['127.0.0.1'], ...options });

async function failure(promise: Promise<unknown>): Promise<LinkPreviewError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LinkPreviewError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

async function expectFailure(promise: Promise<unknown>, reason: LinkPreviewFailure, message?: string): Promise<void> {
  const error = await failure(promise);
  expect(error.reason).toBe(reason);
  if (message !== undefined) expect(error.message).toBe(message);
}

describe('LinkPreviewFetcher reading pages', () => {
  it('reads Open Graph tags', async () => {
    await expect(local().fetch(`${origin}/og`)).resolves.toEqual({
      url: `${origin}/og`,
      title: 'Quarterly results are in',
      description: 'Revenue grew 12% in Q3.',
      imageUrl: 'https://cdn.example.com/q3.png',
      siteName: 'Acme News',
    });
  });

  it('sends its user agent and asks for HTML', async () => {
    await local({ userAgent: 'TestAgent/2' }).fetch(`${origin}/og`);
    expect(received[0]?.headers['user-agent']).toBe('TestAgent/2');
    expect(received[0]?.headers.accept).toMatch(/^text\/html/);
    await local().fetch(`${origin}/og`);
    expect(received[1]?.headers['user-agent']).toBe('ChorusLinkPreview/1.0');
  });

  it('falls back to <title> and meta description', async () => {
    await expect(local().fetch(`${origin}/plain`)).resolves.toEqual({
      url: `${origin}/plain`,
      title: 'Team offsite 2025',
      description: 'Photos from Bali.',
      imageUrl: null,
      siteName: null,
    });
  });

  it('decodes entities', async () => {
    const preview = await local().fetch(`${origin}/entities`);
    expect(preview.title).toBe('R&D – Café "Q&A"');
    expect(preview.description).toBe("It's <new> — 🚀");
  });

  it('resolves a relative og:image against the page', async () => {
    const preview = await local().fetch(`${origin}/articles/relative-image`);
    expect(preview.imageUrl).toBe(`${origin}/images/cover.png`);
    expect(preview.title).toBe('Relative');
  });

  it('decodes gzip and brotli bodies', async () => {
    expect((await local().fetch(`${origin}/gzip`)).title).toBe('Quarterly results are in');
    expect((await local().fetch(`${origin}/brotli`)).title).toBe('Quarterly results are in');
  });

  it('decodes Latin-1 declared in the header or in a meta tag', async () => {
    expect((await local().fetch(`${origin}/latin1-header`)).title).toBe('Café crème');
    expect((await local().fetch(`${origin}/latin1-meta`)).title).toBe('Naïve “q”');
  });

  it('returns an image link as the image, with no title', async () => {
    await expect(local().fetch(`${origin}/cover.png`)).resolves.toEqual({
      url: `${origin}/cover.png`,
      title: null,
      description: null,
      imageUrl: `${origin}/cover.png`,
      siteName: null,
    });
  });

  it('refuses a type other than HTML', async () => {
    await expectFailure(
      local().fetch(`${origin}/report.pdf`),
      'unsupported_type',
      'This link leads to a file of type application/pdf, not a web page, so there is nothing to preview. You can type the title and description yourself.',
    );
  });

  it('reports the status of an error page', async () => {
    const notFound = await failure(local().fetch(`${origin}/missing`));
    expect(notFound.reason).toBe('http_status');
    expect(notFound.status).toBe(404);
    expect(notFound.message).toBe('The page answered 404. Check the link, or type the title and description yourself.');
    const broken = await failure(local().fetch(`${origin}/broken`));
    expect(broken.status).toBe(500);
    expect(broken.message).toBe('The page answered 500. You can type the title and description yourself.');
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expectFailure(
      local().fetch(`http://127.0.0.1:${closedPort}/`),
      'network_error',
      'Chorus could not reach the page (the connection was refused). You can type the title and description yourself.',
    );
  });

  it('reports a body cut off half-way', async () => {
    await expectFailure(local().fetch(`${origin}/cut-off`), 'network_error');
  });

  it('reports damaged compression', async () => {
    await expectFailure(local().fetch(`${origin}/bad-gzip`), 'network_error');
  });
});

describe('LinkPreviewFetcher redirects', () => {
  it('follows up to three redirects and reports the final URL', async () => {
    const preview = await local().fetch(`${origin}/hops/3`);
    expect(preview.url).toBe(`${origin}/og`);
    expect(preview.title).toBe('Quarterly results are in');
    expect(received.map((request) => request.path)).toEqual(['/hops/3', '/hops/2', '/hops/1', '/og']);
  });

  it('stops after too many redirects', async () => {
    await expectFailure(
      local().fetch(`${origin}/hops/4`),
      'too_many_redirects',
      'The link redirected more than 3 times, so Chorus stopped following it. You can type the title and description yourself.',
    );
    expect(received.map((request) => request.path)).toEqual(['/hops/4', '/hops/3', '/hops/2', '/hops/1']);
    await expectFailure(local({ maxRedirects: 0 }).fetch(`${origin}/hops/1`), 'too_many_redirects');
  });

  it('refuses a redirect to a scheme other than http(s)', async () => {
    await expectFailure(local().fetch(`${origin}/to-ftp`), 'unsupported_scheme');
  });
});

describe('LinkPreviewFetcher limits', () => {
  it('gives up on a page that does not answer in time', async () => {
    await expectFailure(
      local({ timeoutMs: 100 }).fetch(`${origin}/slow`),
      'timeout',
      'The page took longer than 100 milliseconds to answer. You can type the title and description yourself.',
    );
  });

  it('gives up on a body that keeps trickling', async () => {
    await expectFailure(local({ timeoutMs: 150 }).fetch(`${origin}/trickle`), 'timeout');
  });

  it('stops reading a page larger than the limit', async () => {
    await expectFailure(
      local({ maxBytes: 50_000 }).fetch(`${origin}/huge`),
      'too_large',
      'The page is larger than 50 KB, more than Chorus reads for a preview. You can type the title and description yourself.',
    );
  });

  it('counts decompressed bytes, so a small gzip bomb is refused', async () => {
    await expectFailure(local({ maxBytes: 50_000 }).fetch(`${origin}/gzip-bomb`), 'too_large');
  });

  it('stops at </head>, so a big body below a small head is fine', async () => {
    const preview = await local({ maxBytes: 50_000, timeoutMs: 2000 }).fetch(`${origin}/huge-body`);
    expect(preview.title).toBe('Big body, small head');
  });

  it('keeps what came before </head> even when the same chunk crosses the limit', async () => {
    const preview = await local({ maxBytes: ONE_CHUNK_HEAD.length + 10 }).fetch(`${origin}/one-chunk`);
    expect(preview.title).toBe('All in one write');
  });

  it('validates its options', () => {
    expect(() => new LinkPreviewFetcher({ timeoutMs: 0 })).toThrow('LinkPreviewFetcher option timeoutMs must be a whole number of at least 1; got 0.');
    expect(() => new LinkPreviewFetcher({ maxRedirects: -1 })).toThrow(RangeError);
    expect(() => new LinkPreviewFetcher({ allowedHosts: ['10.0.0.0/33'] })).toThrow(RangeError);
    expect(() => new LinkPreviewFetcher({ maxRedirects: 0 })).not.toThrow();
  });
});

describe('LinkPreviewFetcher address checks', () => {
  const BLOCKED = 'This address points to a private or local network, which Chorus does not fetch.';

  it.each([
    ['127.0.0.1', () => `${origin}/og`],
    ['localhost', () => `http://localhost:${port}/og`],
    ['10.0.0.1', () => 'http://10.0.0.1/'],
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/'],
    ['[::1]', () => `http://[::1]:${port}/og`],
    ['[::ffff:127.0.0.1]', () => `http://[::ffff:127.0.0.1]:${port}/og`],
    ['0.0.0.0', () => `http://0.0.0.0:${port}/og`],
    ['2130706433 (127.0.0.1 as a number)', () => `http://2130706433:${port}/og`],
    ['0x7f.1 (127.0.0.1 in short hex)', () => `http://0x7f.1:${port}/og`],
  ])('refuses %s without allowedHosts', async (_name, url) => {
    await expectFailure(new LinkPreviewFetcher().fetch(url()), 'blocked_address', BLOCKED);
    expect(received).toHaveLength(0);
  });

  it.each([
    ['metadata', '/to-metadata'],
    ['private', '/to-private'],
    ['IPv6 loopback', '/to-ipv6-loopback'],
  ])('refuses a redirect from an allowed host to a %s address', async (_name, path) => {
    await expectFailure(local().fetch(`${origin}${path}`), 'blocked_address', BLOCKED);
    expect(received.map((request) => request.path)).toEqual([path]);
  });

  it('refuses a redirect from a host allowed by name to an address that is not allowed', async () => {
    const resolveHost: ResolveHost = async () => [{ address: '127.0.0.1', family: 4 }];
    const fetcher = new LinkPreviewFetcher({ allowedHosts: ['Intranet.example'], resolveHost });
    await expect(fetcher.fetch(`http://intranet.example:${port}/og`)).resolves.toMatchObject({ title: 'Quarterly results are in' });
    await expectFailure(fetcher.fetch(`http://intranet.example:${port}/to-literal`), 'blocked_address');
    expect(received.map((request) => request.path)).toEqual(['/og', '/to-literal']);
  });

  it('follows a redirect to another name for an allowed address', async () => {
    const resolveHost = jest.fn<ReturnType<ResolveHost>, Parameters<ResolveHost>>(async () => [{ address: '127.0.0.1', family: 4 }]);
    const preview = await local({ resolveHost }).fetch(`${origin}/to-other-name`);
    expect(preview.url).toBe(`http://www.intranet.example:${port}/og`);
    expect(resolveHost.mock.calls.map(([hostname]) => hostname)).toEqual(['www.intranet.example']);
  });

  it('allows a CIDR range', async () => {
    const resolveHost: ResolveHost = async () => [{ address: '127.0.0.1', family: 4 }];
    const fetcher = new LinkPreviewFetcher({ allowedHosts: ['127.0.0.0/8'], resolveHost });
    await expect(fetcher.fetch(`http://docs.internal:${port}/plain`)).resolves.toMatchObject({ title: 'Team offsite 2025' });
  });

  it('checks the address the socket connects to, resolving only once (no DNS rebinding window)', async () => {
    // A rebinding name answers public first and private next; whatever the socket gets is checked.
    const answers = [
      [{ address: '127.0.0.1', family: 4 }],
      [{ address: '93.184.216.34', family: 4 }],
    ];
    const resolveHost = jest.fn<ReturnType<ResolveHost>, Parameters<ResolveHost>>(async () => answers.shift() ?? []);
    await expectFailure(new LinkPreviewFetcher({ resolveHost }).fetch(`http://rebind.example:${port}/og`), 'blocked_address', BLOCKED);
    expect(resolveHost).toHaveBeenCalledTimes(1);
    expect(resolveHost.mock.calls[0]?.[0]).toBe('rebind.example');
    expect(received).toHaveLength(0);
  });

  it('refuses a name when any of its addresses is not allowed', async () => {
    const resolveHost: ResolveHost = async () => [
      { address: '127.0.0.1', family: 4 },
      { address: '10.0.0.1', family: 4 },
    ];
    await expectFailure(local({ resolveHost }).fetch(`http://mixed.example:${port}/og`), 'blocked_address');
    expect(received).toHaveLength(0);
  });

  it('reports a name that does not resolve', async () => {
    const resolveHost: ResolveHost = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    await expectFailure(
      new LinkPreviewFetcher({ resolveHost }).fetch('https://no-such-site.example/post'),
      'dns_failed',
      'Chorus could not find the site no-such-site.example; check the link for typos.',
    );
  });

  it('says the lookup itself failed, not "check for typos", when no name server answers (no internet)', async () => {
    const resolveHost: ResolveHost = async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN example.com'), { code: 'EAI_AGAIN' });
    };
    const error = await failure(new LinkPreviewFetcher({ resolveHost }).fetch('https://example.com/post'));
    expect(error.reason).toBe('dns_unavailable');
    expect(error.message).toMatch(/^Chorus could not look up example\.com: its server reached no name server, so it may have no internet connection right now\. /);
    expect(error.message).not.toMatch(/typo/);
  });
});

describe('LinkPreviewFetcher URL checks', () => {
  it.each(['ftp://example.com/file', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<title>x</title>', 'gopher://127.0.0.1/'])(
    'refuses %s',
    async (url) => {
      await expectFailure(local().fetch(url), 'unsupported_scheme', 'Only http and https links can be previewed.');
    },
  );

  it('refuses credentials in the URL', async () => {
    await expectFailure(local().fetch(`http://user:secret@127.0.0.1:${port}/og`), 'credentials_in_url');
    await expectFailure(local().fetch(`http://user@127.0.0.1:${port}/og`), 'credentials_in_url');
    expect(received).toHaveLength(0);
  });

  it('refuses ports that browsers refuse', async () => {
    await expectFailure(
      local().fetch('http://127.0.0.1:25/'),
      'blocked_port',
      'Chorus does not fetch pages on port 25, which is reserved for other services than the web.',
    );
    await expectFailure(local().fetch('http://127.0.0.1:22/'), 'blocked_port');
  });

  it('refuses text that is not a URL', async () => {
    await expectFailure(local().fetch('example.com/page'), 'invalid_url', 'This is not a complete web address; it should look like https://example.com/page.');
  });

  it('accepts surrounding spaces', async () => {
    expect((await local().fetch(`  ${origin}/og \n`)).url).toBe(`${origin}/og`);
  });
});
