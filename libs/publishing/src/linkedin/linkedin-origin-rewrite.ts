import { dirname } from 'node:path';
import type { AxiosInstance, InternalAxiosRequestConfig } from 'axios';

/**
 * `linkedin-api-client` has no base-URL option: its hosts are absolute URLs in the package's
 * constants, so axios's `baseURL` is ignored and a proxy does not help. To point it at the
 * LinkedIn sandbox we rewrite the origin of each outgoing request in an axios request
 * interceptor, on the RestliClient's own instance and on the axios default instance that the
 * package resolves (AuthClient calls `axios.request` on it). Install it only when a sandbox or
 * base-URL setting is configured.
 */

export const LINKEDIN_ORIGINS: readonly string[] = ['https://api.linkedin.com', 'https://www.linkedin.com'];

// Under webpack, `require` is the bundler's; this is Node's own (see resolveLinkedinClientAxios).
declare const __non_webpack_require__: NodeJS.Require | undefined;

interface Rewrite {
  baseUrl: string;
}

/** Per instance: one interceptor, rewriting to the most recently installed base URL still in force. */
interface InstanceRewrites {
  interceptorId: number;
  stack: Rewrite[];
}

const rewritesByInstance = new WeakMap<AxiosInstance, InstanceRewrites>();

/** Rewrites `url` if it starts with a LinkedIn origin; otherwise returns it unchanged. */
export function rewriteLinkedinUrl(url: string, baseUrl: string): string {
  return replaceOrigin(url, normaliseBaseUrl(baseUrl));
}

function replaceOrigin(url: string, normalisedBaseUrl: string): string {
  for (const origin of LINKEDIN_ORIGINS) {
    if (url === origin || url.startsWith(`${origin}/`) || url.startsWith(`${origin}?`)) {
      return normalisedBaseUrl + url.slice(origin.length);
    }
  }
  return url;
}

/**
 * The axios default instance as `linkedin-api-client` itself resolves it, so the copy that
 * AuthClient uses is patched even if the application depends on a different axios version.
 */
export function resolveLinkedinClientAxios(): AxiosInstance {
  // Not createRequire: a test runner with its own module registry (jest) must hand back the
  // same module object that linkedin-api-client received from it.
  const load = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;
  const clientEntry = load.resolve('linkedin-api-client');
  const axiosPath = load.resolve('axios', { paths: [dirname(clientEntry)] });
  const loaded: unknown = load(axiosPath);
  const candidate = isAxiosInstance(loaded) ? loaded : (loaded as { default?: unknown } | null)?.default;
  if (!isAxiosInstance(candidate)) {
    throw new Error(`The axios module at ${axiosPath} does not look like axios`);
  }
  return candidate;
}

/**
 * Installs the origin rewrite on `instances` (for example a RestliClient's `axiosInstance`)
 * and on the axios default instance used by `linkedin-api-client`. Installing again with the
 * base URL already in force changes nothing; another base URL takes over until it is removed,
 * then the previous one applies again. Returns a function that removes what this call
 * installed (safe to call more than once).
 */
export function installLinkedinOriginRewrite(baseUrl: string, ...instances: AxiosInstance[]): () => void {
  const normalised = normaliseBaseUrl(baseUrl);
  const targets = new Set<AxiosInstance>([...instances, resolveLinkedinClientAxios()]);
  const installed = [...targets].map((instance) => ({ instance, rewrite: installOn(instance, normalised) }));
  return () => {
    for (const { instance, rewrite } of installed) {
      removeFrom(instance, rewrite);
    }
  };
}

function installOn(instance: AxiosInstance, baseUrl: string): Rewrite {
  let rewrites = rewritesByInstance.get(instance);
  const current = rewrites?.stack.at(-1);
  if (current?.baseUrl === baseUrl) {
    return current;
  }
  if (!rewrites) {
    const stack: Rewrite[] = [];
    const interceptorId = instance.interceptors.request.use((config: InternalAxiosRequestConfig) => {
      const target = stack.at(-1);
      if (target && config.url) {
        config.url = replaceOrigin(config.url, target.baseUrl);
      }
      if (target && config.baseURL) {
        config.baseURL = replaceOrigin(config.baseURL, target.baseUrl);
      }
      return config;
    });
    rewrites = { interceptorId, stack };
    rewritesByInstance.set(instance, rewrites);
  }
  const rewrite = { baseUrl };
  rewrites.stack.push(rewrite);
  return rewrite;
}

function removeFrom(instance: AxiosInstance, rewrite: Rewrite): void {
  const rewrites = rewritesByInstance.get(instance);
  const index = rewrites?.stack.indexOf(rewrite) ?? -1;
  if (!rewrites || index < 0) {
    return;
  }
  rewrites.stack.splice(index, 1);
  if (rewrites.stack.length === 0) {
    instance.interceptors.request.eject(rewrites.interceptorId);
    rewritesByInstance.delete(instance);
  }
}

function normaliseBaseUrl(baseUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new Error(`LinkedIn base URL "${baseUrl}" is not an absolute URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`LinkedIn base URL "${baseUrl}" must use http or https`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`LinkedIn base URL "${baseUrl}" must not have a query or fragment`);
  }
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
}

function isAxiosInstance(value: unknown): value is AxiosInstance {
  return (
    typeof value === 'function' &&
    typeof (value as Partial<AxiosInstance>).request === 'function' &&
    typeof (value as Partial<AxiosInstance>).interceptors?.request?.use === 'function'
  );
}
