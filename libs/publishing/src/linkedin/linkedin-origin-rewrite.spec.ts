import axios, { AxiosInstance, InternalAxiosRequestConfig } from 'axios';
import { AuthClient, RestliClient } from 'linkedin-api-client';
import { installLinkedinOriginRewrite, resolveLinkedinClientAxios, rewriteLinkedinUrl } from './linkedin-origin-rewrite';

/** An axios instance that answers every request itself and remembers the URLs it was asked for. */
function recordingInstance(): { instance: AxiosInstance; urls: string[] } {
  const urls: string[] = [];
  const instance = axios.create({
    adapter: async (config: InternalAxiosRequestConfig) => {
      urls.push(config.url ?? '');
      return { data: {}, status: 200, statusText: 'OK', headers: {}, config };
    },
  });
  return { instance, urls };
}

function requestInterceptorCount(instance: AxiosInstance): number {
  return (instance.interceptors.request as unknown as { handlers: unknown[] }).handlers.filter(Boolean).length;
}

describe('LinkedIn origin rewrite', () => {
  describe('rewriteLinkedinUrl', () => {
    it.each([
      ['https://api.linkedin.com/rest/posts?q=author', 'http://127.0.0.1:3001/rest/posts?q=author'],
      ['https://api.linkedin.com/v2/userinfo', 'http://127.0.0.1:3001/v2/userinfo'],
      ['https://www.linkedin.com/oauth/v2/accessToken', 'http://127.0.0.1:3001/oauth/v2/accessToken'],
      ['https://api.linkedin.com', 'http://127.0.0.1:3001'],
      ['https://api.linkedin.com.evil.example/rest/posts', 'https://api.linkedin.com.evil.example/rest/posts'],
      ['http://api.linkedin.com/rest/posts', 'http://api.linkedin.com/rest/posts'],
      ['https://media.licdn.com/image.png', 'https://media.licdn.com/image.png'],
      ['/relative/path', '/relative/path'],
    ])('%s -> %s', (url, expected) => {
      expect(rewriteLinkedinUrl(url, 'http://127.0.0.1:3001')).toBe(expected);
    });

    it('keeps a base URL path and drops its trailing slash', () => {
      expect(rewriteLinkedinUrl('https://api.linkedin.com/rest/posts', 'http://sandbox.local/linkedin/')).toBe(
        'http://sandbox.local/linkedin/rest/posts',
      );
    });

    it('refuses base URLs that are not absolute http(s) URLs', () => {
      expect(() => rewriteLinkedinUrl('https://api.linkedin.com/x', 'localhost:3001')).toThrow(/must use http or https|not an absolute URL/);
      expect(() => rewriteLinkedinUrl('https://api.linkedin.com/x', 'not a url')).toThrow('not an absolute URL');
      expect(() => rewriteLinkedinUrl('https://api.linkedin.com/x', 'ftp://host')).toThrow('must use http or https');
      expect(() => rewriteLinkedinUrl('https://api.linkedin.com/x', 'http://host/?a=1')).toThrow('query or fragment');
    });
  });

  describe('resolveLinkedinClientAxios', () => {
    it('finds the axios default instance linkedin-api-client uses', () => {
      // Only one axios copy is installed here, so it is the one this file imports.
      expect(resolveLinkedinClientAxios()).toBe(axios);
    });
  });

  describe('installLinkedinOriginRewrite', () => {
    it('rewrites on the given instance and on the client’s default axios, then uninstalls', async () => {
      const { instance, urls } = recordingInstance();
      const defaultAxios = resolveLinkedinClientAxios();
      const before = requestInterceptorCount(defaultAxios);

      const uninstall = installLinkedinOriginRewrite('http://127.0.0.1:3001', instance);
      await instance.get('https://api.linkedin.com/rest/posts');
      expect(urls).toEqual(['http://127.0.0.1:3001/rest/posts']);
      expect(requestInterceptorCount(defaultAxios)).toBe(before + 1);

      uninstall();
      uninstall();
      await instance.get('https://api.linkedin.com/rest/posts');
      expect(urls[1]).toBe('https://api.linkedin.com/rest/posts');
      expect(requestInterceptorCount(defaultAxios)).toBe(before);
      expect(requestInterceptorCount(instance)).toBe(0);
    });

    it('is idempotent: installing the same base URL again adds nothing', () => {
      const { instance } = recordingInstance();
      const first = installLinkedinOriginRewrite('http://127.0.0.1:3001', instance);
      const second = installLinkedinOriginRewrite('http://127.0.0.1:3001/', instance);
      expect(requestInterceptorCount(instance)).toBe(1);
      second();
      first();
      expect(requestInterceptorCount(instance)).toBe(0);
    });

    it('lets a later base URL take over until it is removed', async () => {
      const { instance, urls } = recordingInstance();
      const outer = installLinkedinOriginRewrite('http://127.0.0.1:3001', instance);
      const inner = installLinkedinOriginRewrite('http://127.0.0.1:4002', instance);
      await instance.get('https://api.linkedin.com/a');
      inner();
      await instance.get('https://api.linkedin.com/b');
      outer();
      expect(urls).toEqual(['http://127.0.0.1:4002/a', 'http://127.0.0.1:3001/b']);
      expect(requestInterceptorCount(instance)).toBe(1 - 1);
    });

    it('reaches AuthClient and RestliClient requests', async () => {
      const restli = new RestliClient();
      const seen: string[] = [];
      const capture = (config: InternalAxiosRequestConfig) => {
        seen.push(config.url ?? '');
        throw new axios.Cancel('captured');
      };
      // Interceptors run last-registered first, so register the capture before the rewrite.
      const restliCapture = restli.axiosInstance.interceptors.request.use(capture);
      const defaultCapture = axios.interceptors.request.use(capture);
      const uninstall = installLinkedinOriginRewrite('http://127.0.0.1:3001', restli.axiosInstance);
      try {
        await restli.get({ resourcePath: '/userinfo', accessToken: 't' }).catch(() => undefined);
        await new AuthClient({ clientId: 'c', clientSecret: 's', redirectUrl: 'http://localhost/cb' })
          .exchangeAuthCodeForAccessToken('code')
          .catch(() => undefined);
      } finally {
        uninstall();
        restli.axiosInstance.interceptors.request.eject(restliCapture);
        axios.interceptors.request.eject(defaultCapture);
      }
      expect(seen).toEqual(['http://127.0.0.1:3001/v2/userinfo', 'http://127.0.0.1:3001/oauth/v2/accessToken']);
    });
  });
});
