import { randomBytes } from 'node:crypto';

/** An opaque, LinkedIn-looking secret (access token, refresh token, authorization code). */
export function randomSecret(bytes: number): string {
  return `AQ${randomBytes(bytes).toString('base64url')}`;
}
