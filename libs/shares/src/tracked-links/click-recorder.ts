import { Clock } from '@chorus/config';
import { OutboxRepository, Transactions } from '@chorus/db';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SHARE_LINK_CLICKED, ShareLinkClickedEvent } from '../share-events';
import { LinkClick } from './link-click.entity';
import { LinkClicksRepository, TrackedLinkTarget } from './link-clicks.repository';

/** Repeats by the same visitor within this long count once. */
export const CLICK_DEDUPE_MS = 30 * 60 * 1000;
const FLUSH_INTERVAL_MS = 1000;
/** Past this many waiting clicks, new ones are dropped rather than grow memory without bound. */
const MAX_PENDING = 50_000;

interface PendingClick {
  target: TrackedLinkTarget;
  address: string;
  userAgent: string;
  at: Date;
}

/**
 * Counts tracked-link visits without slowing the redirect: a visit is only remembered in memory,
 * and every second the waiting visits are hashed and written in one transaction. A visitor is
 * `HMAC(day key, address + browser)`; the day key is random, kept in the database for the
 * processes to share, and deleted after the day, so no address can be recovered from what is
 * stored. A process that dies loses at most its last second of clicks (counts, never posts).
 */
@Injectable()
export class ClickRecorder implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Clicks');
  private pending: PendingClick[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<number> | null = null;
  private salts = new Map<string, string>();
  private dropped = 0;

  constructor(
    private readonly repository: LinkClicksRepository,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush().catch((error: Error) => this.logger.warn(`Counting clicks failed: ${error.message}; they are tried again.`)), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush().catch(() => undefined);
  }

  /** Remembers a visit to count; returns at once. */
  record(target: TrackedLinkTarget, address: string, userAgent: string): void {
    if (this.pending.length >= MAX_PENDING) {
      if (this.dropped++ % 1000 === 0) this.logger.warn(`More than ${MAX_PENDING} clicks wait to be counted; dropping some.`);
      return;
    }
    this.pending.push({ target, address, userAgent, at: this.clock.now() });
  }

  /** Writes the waiting visits, skipping repeats; resolves to how many were counted. One flush at a time. */
  flush(): Promise<number> {
    if (this.flushing) return this.flushing.then(() => this.flush());
    if (this.pending.length === 0) return Promise.resolve(0);
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.write(batch)
      .catch((error: unknown) => {
        // Not counted yet: back in front of the queue for the next flush.
        this.pending = [...batch, ...this.pending].slice(0, MAX_PENDING);
        throw error;
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  private async write(batch: PendingClick[]): Promise<number> {
    const hashed: { click: PendingClick; visitorHash: string }[] = [];
    for (const click of batch) {
      const salt = await this.salt(click.at);
      hashed.push({ click, visitorHash: createHmac('sha256', salt).update(`${click.address}\n${click.userAgent}`).digest('hex') });
    }
    const earliest = new Date(Math.min(...batch.map((c) => c.at.getTime())) - CLICK_DEDUPE_MS);
    return this.transactions.run(async (manager) => {
      // The last counted click of each visitor on each share: earlier flushes', then this batch's own.
      const last = new Map<string, number>();
      const key = (shareId: string, visitorHash: string) => `${shareId}\n${visitorHash}`;
      for (const row of await this.repository.countedSince(manager, [...new Set(hashed.map((h) => h.visitorHash))], earliest)) {
        const k = key(row.shareId, row.visitorHash);
        last.set(k, Math.max(last.get(k) ?? 0, row.clickedAt.getTime()));
      }
      const counted: LinkClick[] = [];
      for (const { click, visitorHash } of [...hashed].sort((a, b) => a.click.at.getTime() - b.click.at.getTime())) {
        const k = key(click.target.shareId, visitorHash);
        const previous = last.get(k);
        if (previous !== undefined && click.at.getTime() - previous < CLICK_DEDUPE_MS) continue;
        last.set(k, click.at.getTime());
        counted.push({ id: randomUUID(), organizationId: click.target.organizationId, shareId: click.target.shareId, visitorHash, clickedAt: click.at });
      }
      await this.writeCounted(manager, counted);
      return counted.length;
    });
  }

  /**
   * Stores clicks already counted (hashed, repeats left out, oldest first) with one
   * `share.link_clicked` event per share, in the caller's transaction: points for clicks follow
   * from the outbox, in the transaction that counted them. The demo seed writes its sample
   * clicks through here too.
   */
  async writeCounted(manager: EntityManager, counted: LinkClick[]): Promise<void> {
    await this.repository.insertClicks(manager, counted);
    const byShare = new Map<string, LinkClick[]>();
    for (const click of counted) byShare.set(click.shareId, [...(byShare.get(click.shareId) ?? []), click]);
    for (const clicks of byShare.values()) {
      const [first] = clicks;
      const payload: ShareLinkClickedEvent = { shareId: first.shareId, organizationId: first.organizationId, firstClickId: first.id, units: clicks.length, clickedAt: clicks.at(-1)!.clickedAt.toISOString() };
      await this.outbox.append(manager, { type: SHARE_LINK_CLICKED, organizationId: first.organizationId, dedupeKey: first.id, payload, at: clicks.at(-1)!.clickedAt });
    }
  }

  private async salt(at: Date): Promise<string> {
    const day = at.toISOString().slice(0, 10);
    const known = this.salts.get(day);
    if (known) return known;
    const salt = await this.repository.saltOf(day, randomBytes(32).toString('hex'), this.clock.now());
    this.salts = new Map([[day, salt]]);
    // Yesterday's key stays for clicks still waiting from before midnight; older ones go.
    await this.repository.deleteSaltsBefore(new Date(Date.parse(day) - 24 * 3600 * 1000).toISOString().slice(0, 10));
    return salt;
  }
}
