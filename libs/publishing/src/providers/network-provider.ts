/**
 * One interface for every network; generic code never asks which network it is talking to.
 * Failures are typed so the publisher can decide: retry, reconcile, ask to reconnect, or stop.
 */
/** Who acts on the network, with what: an active connection's member, decrypted token and scopes. */
export interface MemberAccess {
  /** The network's id of the member (LinkedIn: the OpenID `sub`). */
  memberId: string;
  accessToken: string;
  /** Scopes the member granted; decides e.g. whether their posts may be listed or their analytics read. */
  scopes: string[];
}

export interface PublishRequest extends MemberAccess {
  /** Exactly the approved text; the provider formats it for the wire (escaping etc.). */
  text: string;
  link: string | null;
  title: string | null;
  description: string | null;
}

/** A post's engagement as the network counts it, in total since it was posted. */
export interface Engagement {
  reactions: number;
  comments: number;
  reshares: number;
  /** Null when the network does not tell this connection (LinkedIn: without post analytics). */
  impressions: number | null;
}

/** Whose post is read, with what: the connection that published it. */
export type EngagementRequest = MemberAccess;

export interface NetworkLimits {
  maxCharacters: number;
  count(text: string): number;
  /** Posts one member may publish per UTC day. */
  memberDailyPosts: number;
}

export abstract class NetworkProvider {
  abstract readonly network: string;
  abstract readonly limits: NetworkLimits;

  /** The approved text as this network's API wants it (LinkedIn: escaped little text). */
  abstract format(text: string): string;

  abstract publish(request: PublishRequest): Promise<{ externalId: string }>;

  /** Where people see a published post on the network. */
  abstract postUrl(externalId: string): string;

  /**
   * The member's existing post with this exact text, if the network lets us look (null when
   * it does not exist; `unsupported` when this connection may not list posts).
   */
  abstract findExisting(request: PublishRequest, since: Date): Promise<{ externalId: string } | null | 'unsupported'>;

  /**
   * The post's engagement now; `unsupported` when this connection may not read it (its scopes).
   * Throws RetryableNetworkError (429, 5xx, timeouts) or TokenRejectedError like `publish`.
   */
  abstract readEngagement(request: EngagementRequest, externalId: string): Promise<Engagement | 'unsupported'>;

  /**
   * Asks the network to invalidate an access or refresh token (the member disconnected, or
   * left). A token the network no longer knows is not an error. Throws RetryableNetworkError
   * when asking again later may work; any other error means it never will.
   */
  abstract revoke(token: string): Promise<void>;
}

/** 429, 5xx, a timeout before anything was sent: try again later. */
export class RetryableNetworkError extends Error {
  constructor(
    message: string,
    /** The request may have reached the network (e.g. the connection dropped mid-response). */
    readonly outcomeUnknown: boolean,
    /** How long the network asked us to wait (a 429's Retry-After), when it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'RetryableNetworkError';
  }
}

/** The token is invalid, expired or revoked: the member must reconnect. */
export class TokenRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenRejectedError';
  }
}

/** The network already holds this exact post (LinkedIn answers 422 naming it). */
export class DuplicatePostError extends Error {
  constructor(
    message: string,
    readonly existingId: string,
  ) {
    super(message);
    this.name = 'DuplicatePostError';
  }
}

/** The network refused the post for good; retrying the same text would fail again. */
export class PermanentRejectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentRejectionError';
  }
}
