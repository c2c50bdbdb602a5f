import { createHmac, timingSafeEqual } from 'node:crypto';

/** What one link unsubscribes from: one kind of notification, or one digest. */
export type UnsubscribeScope = { kind: string } | { digest: 'daily' | 'weekly' };

/**
 * Signed unsubscribe links: they work without signing in (RFC 8058's one-click POST from the
 * mail client, or the page the mail links to), so the token names the person and what to stop,
 * with an HMAC that only this installation can make. They never expire: an old mail's link
 * must still work.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('chorus:unsubscribe:v1').digest();
  }

  sign(userId: string, scope: UnsubscribeScope): string {
    const body = Buffer.from(JSON.stringify({ u: userId, ...('kind' in scope ? { k: scope.kind } : { d: scope.digest }) })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The person and scope, or null when the token was not made here (or was altered). */
  verify(token: string): { userId: string; scope: UnsubscribeScope } | null {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { u?: unknown; k?: unknown; d?: unknown };
      if (typeof value.u !== 'string') return null;
      if (typeof value.k === 'string') return { userId: value.u, scope: { kind: value.k } };
      if (value.d === 'daily' || value.d === 'weekly') return { userId: value.u, scope: { digest: value.d } };
      return null;
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
