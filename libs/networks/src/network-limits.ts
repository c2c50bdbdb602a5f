import { xWeightedLength } from './x-text';

/**
 * What each network accepts as a post's text, in one place for the server's validation, the
 * publisher, the LinkedIn sandbox and the web app's counters. LinkedIn counts characters (code
 * points) of the commentary before little-text escaping; X weighs them (see x-text.ts).
 */
export const LINKEDIN_COMMENTARY_MAX_CHARACTERS = 3000;
export const X_POST_MAX_WEIGHT = 280;

export interface NetworkTextLimit {
  maxCharacters: number;
  count: (text: string) => number;
}

export const NETWORK_LIMITS = {
  linkedin: { maxCharacters: LINKEDIN_COMMENTARY_MAX_CHARACTERS, count: (text: string) => [...text].length },
  x: { maxCharacters: X_POST_MAX_WEIGHT, count: xWeightedLength },
} as const satisfies Record<string, NetworkTextLimit>;

export type NetworkName = keyof typeof NETWORK_LIMITS;

/** The limit for a network by name; unknown names get LinkedIn's (the strictest counter we know). */
export function networkLimit(network: string): NetworkTextLimit {
  return (NETWORK_LIMITS as Record<string, NetworkTextLimit>)[network] ?? NETWORK_LIMITS.linkedin;
}

/**
 * Where people see a published post, from the id the network gave it (LinkedIn: the post's
 * URN under /feed/update/; the sandbox's URNs lead nowhere real). Null for an unknown network.
 */
export const NETWORK_POST_URLS: Record<NetworkName, (externalId: string) => string> = {
  linkedin: (externalId) => `https://www.linkedin.com/feed/update/${externalId}`,
  x: (externalId) => `https://x.com/i/web/status/${encodeURIComponent(externalId)}`,
};

export function networkPostUrl(network: string, externalId: string | null): string | null {
  if (!externalId) return null;
  const url = (NETWORK_POST_URLS as Record<string, ((id: string) => string) | undefined>)[network];
  return url ? url(externalId) : null;
}
