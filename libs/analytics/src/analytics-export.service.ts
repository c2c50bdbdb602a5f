import { csvDocument, CsvValue } from '@chorus/csv';
import { AuthUser, requireRole, Role } from '@chorus/identity';
import { Inject, Injectable } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AnalyticsExportRepository, ExportOrder } from './analytics-export.repository';
import { ExportTable, ScopeQueryDto } from './analytics.dto';
import { AnalyticsRepository, Scope, ScopedShare } from './analytics.repository';
import { AnalyticsService } from './analytics.service';
import { Figures } from './analytics-responses';
import { DayRange, engagementByDay, EngagementCounts } from './measures';

/** How many shares the export reads per query; a test may provide a smaller one. */
export const ANALYTICS_EXPORT_PAGE_SIZE = Symbol('ANALYTICS_EXPORT_PAGE_SIZE');
export const DEFAULT_EXPORT_PAGE_SIZE = 1000;

const READERS = [Role.Admin, Role.Manager, Role.Curator];
const FIGURES = ['shares', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'] as const;

export const EXPORT_COLUMNS: Record<ExportTable, readonly string[]> = {
  shares: ['shareId', 'publishedAt', 'postId', 'postTitle', 'userId', 'userName', ...FIGURES],
  posts: ['postId', 'postTitle', 'sharers', ...FIGURES],
  advocates: ['userId', 'userName', ...FIGURES],
};

type Row = CsvValue[];

/** A share of the page, with its figures in the range; null when nothing of it falls in the range. */
interface SharePage {
  share: ScopedShare;
  figures: Figures | null;
}

/** One post's or person's figures, summed over its shares as they are read. */
interface Group {
  key: string;
  figures: Figures;
  /** Whether any of its shares has figures in the range (a group without is not a row). */
  counted: boolean;
  /** The sharer counted last: shares come ordered by sharer within the group. */
  lastSharer: string | null;
}

const zero = (): Figures => ({ shares: 0, sharers: 0, clicks: 0, impressions: 0, reactions: 0, comments: 0, reshares: 0, conversions: 0 });

/**
 * The CSV export of results: one row per share, post or advocate with its figures, the same
 * figures as the dashboard's (docs/architecture.md, "Results"). The file is written as it is
 * read: published shares a page at a time by a unique key (never OFFSET), each page's clicks,
 * conversions and engagement read for that page only, so memory stays the same however many
 * rows the export has. Posts and advocates are summed while their shares stream past in order.
 */
@Injectable()
export class AnalyticsExportService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly repository: AnalyticsRepository,
    private readonly exports: AnalyticsExportRepository,
    @Inject(ANALYTICS_EXPORT_PAGE_SIZE) private readonly pageSize: number,
  ) {}

  /**
   * Checks the caller's role, the range and the filters before anything is written, so a
   * refusal is a JSON answer of its own; the document itself is read as it is consumed, and
   * stops being read when its consumer stops (a client that went away).
   */
  async exportCsv(actor: AuthUser, query: ScopeQueryDto & { table: ExportTable }): Promise<AsyncIterable<string>> {
    requireRole(actor, READERS, 'action.readAnalytics');
    const { range, scope } = await this.analytics.context(actor, query);
    const rows = query.table === 'shares' ? this.shareRows(scope, range) : query.table === 'posts' ? this.postRows(scope, range) : this.advocateRows(scope, range);
    return csvDocument(EXPORT_COLUMNS[query.table], rows, { bom: false });
  }

  /** Every published share in scope published before the range ends, by owner, with its figures (zero outside the range). */
  private async *shareRows(scope: Scope, range: DayRange): AsyncGenerator<Row[]> {
    for await (const page of this.sharePages(scope, range, 'owner')) {
      const shares = page.map((p) => p.share);
      const [posts, users] = await Promise.all([this.titles(scope, shares.map((s) => s.postId)), this.names(scope, shares.map((s) => s.userId))]);
      yield page.map(({ share, figures }) => [share.id, share.publishedAt.toISOString(), share.postId, posts.get(share.postId) ?? '', share.userId, users.get(share.userId) ?? '', ...figureCells(figures ?? zero())]);
    }
  }

  /** Posts with figures in the range, by id; sharers are the different people among their shares published in it. */
  private async *postRows(scope: Scope, range: DayRange): AsyncGenerator<Row[]> {
    for await (const groups of this.groups(scope, range, 'post', (s) => s.postId)) {
      const posts = await this.titles(scope, groups.map((g) => g.key));
      yield groups.map((g) => [g.key, posts.get(g.key) ?? '', g.figures.sharers, ...figureCells(g.figures)]);
    }
  }

  /** People with figures in the range, by id; shares of someone no longer in the organisation are left out. */
  private async *advocateRows(scope: Scope, range: DayRange): AsyncGenerator<Row[]> {
    for await (const groups of this.groups(scope, range, 'owner', (s) => s.userId)) {
      const users = await this.names(scope, groups.map((g) => g.key));
      yield groups.filter((g) => users.has(g.key)).map((g) => [g.key, users.get(g.key)!, ...figureCells(g.figures)]);
    }
  }

  /**
   * Sums the shares' figures by key (post or person) as the pages come, in an order that keeps
   * each key's shares together; yields the groups each page completed. Only the group being
   * summed is held across pages.
   */
  private async *groups(scope: Scope, range: DayRange, order: ExportOrder, keyOf: (share: ScopedShare) => string): AsyncGenerator<Group[]> {
    let current = null as Group | null;
    for await (const page of this.sharePages(scope, range, order)) {
      const done: Group[] = [];
      for (const { share, figures } of page) {
        const key = keyOf(share);
        if (current?.key !== key) {
          if (current?.counted) done.push(current);
          current = { key, figures: zero(), counted: false, lastSharer: null };
        }
        if (!figures) continue;
        current.counted = true;
        for (const field of FIGURES) current.figures[field] += figures[field];
        if (figures.shares > 0 && current.lastSharer !== share.userId) {
          current.figures.sharers++;
          current.lastSharer = share.userId;
        }
      }
      if (done.length > 0) yield done;
    }
    if (current?.counted) yield [current];
  }

  /** Published shares in scope, a page at a time in `order`, each with its figures in the range. */
  private async *sharePages(scope: Scope, range: DayRange, order: ExportOrder): AsyncGenerator<SharePage[]> {
    let after: ScopedShare | null = null;
    for (;;) {
      const shares = await this.exports.publishedSharesPage(scope, range.end, order, after, this.pageSize);
      if (shares.length === 0) return;
      const figures = await this.figuresOf(scope, range, shares);
      yield shares.map((share) => ({ share, figures: figures.get(share.id) ?? null }));
      if (shares.length < this.pageSize) return;
      after = shares[shares.length - 1];
      // SQLite answers synchronously: without a turn of the event loop between pages, a long
      // export would keep every other request (and its own socket's writes) waiting.
      await nextTurn();
    }
  }

  /**
   * The figures of a page of shares in the range, as the dashboard's tally counts them: the
   * share itself when published in the range, its clicks and conversions in the range, and its
   * engagement growth between snapshots. A share with none of these has no entry.
   */
  private async figuresOf(scope: Scope, range: DayRange, shares: ScopedShare[]): Promise<Map<string, Figures>> {
    const ids = shares.map((s) => s.id);
    const [clicks, conversions, snapshots] = await Promise.all([
      this.exports.clickCounts(ids, range.start, range.end),
      this.exports.conversionCounts(ids, range.start, range.end),
      this.repository.snapshots(ids, range.start, range.end),
    ]);
    const figures = new Map<string, Figures>();
    const of = (shareId: string): Figures => {
      let found = figures.get(shareId);
      if (!found) figures.set(shareId, (found = zero()));
      return found;
    };
    for (const share of shares) {
      if (share.publishedAt >= range.start) {
        of(share.id).shares = 1;
        of(share.id).sharers = 1;
      }
    }
    for (const [shareId, count] of clicks) of(shareId).clicks = count;
    for (const [shareId, count] of conversions) of(shareId).conversions = count;
    for (const perShare of engagementByDay(snapshots.before, snapshots.inRange, range.timezone).values()) {
      for (const [shareId, gained] of perShare) addEngagement(of(shareId), gained);
    }
    return figures;
  }

  private async titles(scope: Scope, postIds: string[]): Promise<Map<string, string>> {
    return new Map((await this.repository.postsOf(scope.organizationId, [...new Set(postIds)])).map((p) => [p.id, p.title]));
  }

  private async names(scope: Scope, userIds: string[]): Promise<Map<string, string>> {
    return new Map((await this.repository.usersOf(scope.organizationId, [...new Set(userIds)])).map((u) => [u.id, u.name]));
  }
}

function figureCells(figures: Figures): number[] {
  return FIGURES.map((field) => figures[field]);
}

function addEngagement(figures: Figures, gained: EngagementCounts): void {
  figures.impressions += gained.impressions;
  figures.reactions += gained.reactions;
  figures.comments += gained.comments;
  figures.reshares += gained.reshares;
}
