import { Inject, Injectable } from '@nestjs/common';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  ResolvedSandboxOptions,
  SANDBOX_OPTIONS,
  SandboxClient,
  SandboxMember,
} from '../sandbox-options';

export interface AuthorizationCodeRecord {
  code: string;
  clientId: string;
  redirectUri: string;
  memberEmail: string;
  scopes: string[];
  expiresAt: number;
}

export interface TokenRecord {
  token: string;
  kind: 'access' | 'refresh';
  clientId: string;
  memberEmail: string;
  scopes: string[];
  createdAt: number;
  expiresAt: number;
  revoked: boolean;
}

export interface SandboxArticle {
  source: string;
  title: string;
  description?: string;
  thumbnail?: string;
  thumbnailAltText?: string;
}

export interface SandboxDistribution {
  feedDistribution: string;
  targetEntities: unknown[];
  thirdPartyDistributionChannels: unknown[];
}

export interface SandboxPost {
  id: string;
  author: string;
  authorEmail: string;
  /** The commentary exactly as the client sent it. */
  rawCommentary: string;
  /** The little text LinkedIn keeps (cut at an unescaped reserved character). */
  storedCommentary: string;
  /** What LinkedIn shows: escapes removed, templates rendered. */
  displayCommentary: string;
  truncated: boolean;
  hashtags: string[];
  visibility: string;
  lifecycleState: string;
  distribution: SandboxDistribution;
  article: SandboxArticle | null;
  isReshareDisabledByAuthor: boolean;
  createdAt: number;
  lastModifiedAt: number;
}

export interface SandboxFaults {
  rate429: number;
  rate5xx: number;
  rateDropAfterCommit: number;
  delayMs: number;
  /** Reads of a post's engagement (social actions, post analytics): 429 with Retry-After, and 5xx. */
  readRate429: number;
  readRate5xx: number;
}

export const NO_FAULTS: Readonly<SandboxFaults> = { rate429: 0, rate5xx: 0, rateDropAfterCommit: 0, delayMs: 0, readRate429: 0, readRate5xx: 0 };

export interface SandboxStats {
  posts: number;
  activeAccessTokens: number;
  /** Answers per route (`METHOD /path`) and status code; `dropped` for connections cut unanswered. */
  responses: Record<string, Record<string, number>>;
}

/** LinkedIn share ids are 19-digit numbers, beyond JavaScript's safe integers. */
const FIRST_SHARE_NUMBER = 7_300_000_000_000_000_000n;

interface AuthorPosts {
  posts: SandboxPost[];
  byCommentary: Map<string, SandboxPost>;
  perUtcDay: Map<string, number>;
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** What the state file holds; bump `version` when the shape changes. */
interface StoredSandboxState {
  version: 1;
  tokens: TokenRecord[];
  /** A bigint as a string: share ids never repeat across restarts. */
  shareCounter: string;
}

/**
 * The sandbox's data: what LinkedIn would hold for the members and apps it knows. In memory;
 * with a `stateFile`, the tokens and the share counter are also kept there (posts, codes,
 * faults and counters are not: they matter only while a test or demo runs).
 */
@Injectable()
export class SandboxState {
  private readonly membersByEmail: Map<string, SandboxMember>;
  private readonly clientsById: Map<string, SandboxClient>;
  private readonly codes = new Map<string, AuthorizationCodeRecord>();
  private readonly tokens = new Map<string, TokenRecord>();
  /** Every post, oldest first, and indexes over it: a burst of 10,000 posts stays cheap to take and to check. */
  private readonly posts: SandboxPost[] = [];
  private readonly postsById = new Map<string, SandboxPost>();
  /** Per author: their posts oldest first, the post of each stored commentary, and how many each UTC day. */
  private readonly postsByAuthor = new Map<string, AuthorPosts>();
  private readonly responseCounts = new Map<string, Map<string, number>>();
  private currentFaults: SandboxFaults = { ...NO_FAULTS };
  private shareCounter = 0n;

  private readonly stateFile: string | null;

  constructor(@Inject(SANDBOX_OPTIONS) options: ResolvedSandboxOptions) {
    this.membersByEmail = new Map(options.members.map((member) => [member.email, member]));
    this.clientsById = new Map(options.clients.map((client) => [client.clientId, client]));
    this.stateFile = options.stateFile;
    if (this.stateFile) this.load(this.stateFile);
  }

  listMembers(): SandboxMember[] {
    return [...this.membersByEmail.values()];
  }

  findMemberByEmail(email: string): SandboxMember | undefined {
    return this.membersByEmail.get(email.trim().toLowerCase());
  }

  findClient(clientId: string): SandboxClient | undefined {
    return this.clientsById.get(clientId);
  }

  saveAuthorizationCode(record: AuthorizationCodeRecord): void {
    this.codes.set(record.code, record);
  }

  /** Codes are single-use: taking one removes it. */
  takeAuthorizationCode(code: string): AuthorizationCodeRecord | undefined {
    const record = this.codes.get(code);
    this.codes.delete(code);
    return record;
  }

  saveToken(record: TokenRecord): void {
    this.saveTokens([record]);
  }

  /** Many tokens, with one write of the state file. */
  saveTokens(records: readonly TokenRecord[]): void {
    for (const record of records) this.tokens.set(record.token, record);
    this.persist();
  }

  findToken(token: string, kind: TokenRecord['kind']): TokenRecord | undefined {
    const record = this.tokens.get(token);
    return record?.kind === kind ? record : undefined;
  }

  /** Marks a token (access or refresh) revoked. Returns false if unknown. */
  revokeToken(token: string): boolean {
    const record = this.tokens.get(token);
    if (record) {
      record.revoked = true;
      this.persist();
    }
    return record !== undefined;
  }

  /** Sets the expiry of the member's tokens to `at`. Returns how many changed. */
  expireTokensOfMember(email: string, at: number, kinds: TokenRecord['kind'][]): number {
    return this.updateTokensOfMember(email, kinds, (record) => {
      record.expiresAt = Math.min(record.expiresAt, at);
    });
  }

  revokeTokensOfMember(email: string): number {
    return this.updateTokensOfMember(email, ['access', 'refresh'], (record) => {
      record.revoked = true;
    });
  }

  nextShareUrn(): string {
    this.shareCounter += 1n;
    this.persist();
    return `urn:li:share:${FIRST_SHARE_NUMBER + this.shareCounter}`;
  }

  addPost(post: SandboxPost): void {
    this.posts.push(post);
    this.postsById.set(post.id, post);
    let byAuthor = this.postsByAuthor.get(post.author);
    if (!byAuthor) {
      byAuthor = { posts: [], byCommentary: new Map(), perUtcDay: new Map() };
      this.postsByAuthor.set(post.author, byAuthor);
    }
    byAuthor.posts.push(post);
    // The first post keeps its text: a duplicate is refused before it is stored, so no later one takes it.
    if (!byAuthor.byCommentary.has(post.storedCommentary)) byAuthor.byCommentary.set(post.storedCommentary, post);
    const day = utcDay(post.createdAt);
    byAuthor.perUtcDay.set(day, (byAuthor.perUtcDay.get(day) ?? 0) + 1);
  }

  findPost(id: string): SandboxPost | undefined {
    return this.postsById.get(id);
  }

  findDuplicatePost(author: string, storedCommentary: string): SandboxPost | undefined {
    return this.postsByAuthor.get(author)?.byCommentary.get(storedCommentary);
  }

  /** The author's posts, newest first. */
  findPostsByAuthor(author: string): SandboxPost[] {
    return [...(this.postsByAuthor.get(author)?.posts ?? [])].reverse();
  }

  /** Every post received, oldest first. */
  listPosts(): SandboxPost[] {
    return [...this.posts];
  }

  /** The author's posts created on the UTC day of `at` (LinkedIn's daily limit counts these). */
  countPostsByAuthorOnUtcDay(author: string, at: number): number {
    return this.postsByAuthor.get(author)?.perUtcDay.get(utcDay(at)) ?? 0;
  }

  get faults(): Readonly<SandboxFaults> {
    return this.currentFaults;
  }

  setFaults(faults: SandboxFaults): void {
    this.currentFaults = { ...faults };
  }

  clearFaults(): void {
    this.currentFaults = { ...NO_FAULTS };
  }

  recordResponse(route: string, outcome: string): void {
    const byOutcome = this.responseCounts.get(route) ?? new Map<string, number>();
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
    this.responseCounts.set(route, byOutcome);
  }

  stats(now: number): SandboxStats {
    const responses: SandboxStats['responses'] = {};
    for (const [route, byOutcome] of this.responseCounts) {
      responses[route] = Object.fromEntries(byOutcome);
    }
    const activeAccessTokens = [...this.tokens.values()].filter(
      (record) => record.kind === 'access' && !record.revoked && record.expiresAt > now,
    ).length;
    return { posts: this.posts.length, activeAccessTokens, responses };
  }

  /**
   * Forgets posts, codes, tokens, faults and counters; members and clients stay. Share ids keep
   * counting so an id never names two different posts.
   */
  reset(): void {
    this.codes.clear();
    this.tokens.clear();
    this.posts.length = 0;
    this.postsById.clear();
    this.postsByAuthor.clear();
    this.responseCounts.clear();
    this.currentFaults = { ...NO_FAULTS };
    this.persist();
  }

  private updateTokensOfMember(email: string, kinds: TokenRecord['kind'][], update: (record: TokenRecord) => void): number {
    const memberEmail = email.trim().toLowerCase();
    let count = 0;
    for (const record of this.tokens.values()) {
      if (record.memberEmail === memberEmail && kinds.includes(record.kind)) {
        update(record);
        count += 1;
      }
    }
    if (count > 0) this.persist();
    return count;
  }

  private load(file: string): void {
    if (!existsSync(file)) return;
    let stored: StoredSandboxState;
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as StoredSandboxState;
      if (stored?.version !== 1 || !Array.isArray(stored.tokens)) throw new Error('it is not a sandbox state of version 1');
      this.shareCounter = BigInt(stored.shareCounter);
    } catch (error) {
      throw new Error(`LinkedIn sandbox: cannot read its state file ${file} (${(error as Error).message}); delete it to start with no tokens.`);
    }
    for (const record of stored.tokens) this.tokens.set(record.token, record);
  }

  /**
   * The whole state into a new file beside the old one, then renamed over it: a crash
   * mid-write leaves the previous file, never half of one. Owner-only: it holds bearer tokens.
   */
  private persist(): void {
    if (!this.stateFile) return;
    const stored: StoredSandboxState = { version: 1, tokens: [...this.tokens.values()], shareCounter: this.shareCounter.toString() };
    mkdirSync(dirname(this.stateFile), { recursive: true, mode: 0o700 });
    const temporary = `${this.stateFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(stored), { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, this.stateFile);
  }
}
