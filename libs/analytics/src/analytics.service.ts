import { Clock } from '@chorus/config';
import { Campaign, ContentRepository, mapCampaign } from '@chorus/content';
import { Transactions } from '@chorus/db';
import { AuditTrail, AuthUser, IdentityRepository, Organization, requireRole, Role } from '@chorus/identity';
import { fieldProblem, userMessage } from '@chorus/messages';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AnalyticsSettings } from './analytics.entities';
import { AnalyticsRepository, Scope, ScopedShare } from './analytics.repository';
import { Metric, RangeQueryDto, ScopeQueryDto, UpdateAnalyticsSettingsDto } from './analytics.dto';
import { AnalyticsSettingsResponse, CampaignProgressResponse, CampaignReportResponse, Figures, MyAnalyticsResponse, SeriesDay, ShareEngagementResponse, SummaryResponse, TimeseriesResponse, TopAdvocateItem, TopContentItem } from './analytics-responses';
import { DayRange, dayOf, dayRange, earnedMediaValue, engagementByDay, EngagementCounts, ratio } from './measures';

const READERS = [Role.Admin, Role.Manager, Role.Curator];
const MAX_RANGE_DAYS = 366;
const DEFAULT_RANGE_DAYS = 30;

/**
 * Until an admin sets the organisation's own, earned media value uses these rates (in
 * hundredths of US dollars): a typical paid-social CPM and CPC, and small values per reaction,
 * comment and reshare. The answer says whether they are the defaults.
 */
export const DEFAULT_RATES = { currency: 'USD', cpmMinor: 600, cpcMinor: 150, perReactionMinor: 10, perCommentMinor: 50, perReshareMinor: 100 } as const;

/** One share's figures in the range, and per day. */
interface Tally {
  total: Figures;
  byDay: Map<string, Figures>;
  byShare: Map<string, Figures>;
}

/** A scope's figures over a range: in total, and for each of its days. */
interface Daily {
  total: Figures;
  series: SeriesDay[];
}

const zero = (): Figures => ({ shares: 0, sharers: 0, clicks: 0, impressions: 0, reactions: 0, comments: 0, reshares: 0, conversions: 0 });

/**
 * Results: what shares earned, by share, post, campaign, person, team and organisation, by
 * day in the organisation's timezone (docs/architecture.md, "Results"). Every figure is a count
 * of rows (published shares, counted clicks, engagement growth between snapshots, reported
 * conversions), so it reconciles with the events behind it.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly identity: IdentityRepository,
    private readonly audit: AuditTrail,
    private readonly content: ContentRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async summary(actor: AuthUser, query: ScopeQueryDto): Promise<SummaryResponse> {
    requireRole(actor, READERS, 'action.readAnalytics');
    const { organization, range, scope } = await this.context(actor, query);
    const [daily, activeEmployees, settings] = await Promise.all([this.daily(scope, range), this.repository.activeEmployees(scope), this.settingsOf(organization.id)]);
    return this.summaryOf(range, daily, activeEmployees, settings);
  }

  async timeseries(actor: AuthUser, query: ScopeQueryDto & { metric: Metric }): Promise<TimeseriesResponse> {
    requireRole(actor, READERS, 'action.readAnalytics');
    const { organization, range, scope } = await this.context(actor, query);
    const [{ series }, settings] = await Promise.all([this.daily(scope, range), this.settingsOf(organization.id)]);
    const value = (figures: Figures) => (query.metric === 'emv' ? earnedMediaValue(figures, settings).amount : figures[query.metric]);
    return { metric: query.metric, points: series.map((day) => ({ day: day.day, value: value(day) })) };
  }

  async topContent(actor: AuthUser, query: ScopeQueryDto & { limit?: number }): Promise<TopContentItem[]> {
    requireRole(actor, READERS, 'action.readAnalytics');
    const { range, scope } = await this.context(actor, query);
    return this.topContentOf(scope, range, query.limit ?? 10);
  }

  /** People who opted out of leaderboards (or were excluded) are never listed by name. */
  async topAdvocates(actor: AuthUser, query: ScopeQueryDto & { limit?: number }): Promise<TopAdvocateItem[]> {
    requireRole(actor, READERS, 'action.readAnalytics');
    const { range, scope } = await this.context(actor, query);
    return this.topAdvocatesOf(scope, range, query.limit ?? 10);
  }

  /**
   * Each campaign with an objective and a target: how much of it was reached over the campaign's
   * days (from its start, or its creation, to its end or today, at most a year).
   */
  async campaignProgress(actor: AuthUser): Promise<CampaignProgressResponse[]> {
    requireRole(actor, READERS, 'action.readAnalytics');
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const today = this.today(organization.timezone);
    const progress: CampaignProgressResponse[] = [];
    for (const campaign of await this.content.listCampaigns(organization.id)) {
      const reached = await this.progressOf(campaign, organization.timezone, today);
      if (reached) progress.push(reached);
    }
    return progress;
  }

  /**
   * A campaign's report: its figures over its days (or the range asked for), its progress, and
   * its top posts and advocates over the same days. Another organisation's campaign is not found.
   */
  async campaignReport(actor: AuthUser, campaignId: string, query: RangeQueryDto & { limit?: number }): Promise<CampaignReportResponse> {
    requireRole(actor, READERS, 'action.readAnalytics');
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const campaign = await this.content.findCampaign(organization.id, campaignId);
    if (!campaign) throw new NotFoundException(userMessage('campaign.notFound'));
    const tz = organization.timezone;
    const today = this.today(tz);
    const own = campaignDays(campaign, tz, today);
    const range = this.range({ from: query.from ?? own.from, to: query.to ?? own.to }, tz);
    const scope: Scope = { organizationId: organization.id, campaignId: campaign.id };
    const limit = query.limit ?? 10;
    const [daily, activeEmployees, settings, progress, topContent, topAdvocates] = await Promise.all([
      this.daily(scope, range),
      this.repository.activeEmployees(scope),
      this.settingsOf(organization.id),
      this.progressOf(campaign, tz, today),
      this.topContentOf(scope, range, limit),
      this.topAdvocatesOf(scope, range, limit),
    ]);
    return { campaign: mapCampaign(campaign), progress, summary: this.summaryOf(range, daily, activeEmployees, settings), topContent, topAdvocates };
  }

  /** The caller's own figures: anyone may read theirs, and only theirs. */
  async mine(actor: AuthUser, query: RangeQueryDto): Promise<MyAnalyticsResponse> {
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const range = this.range(query, organization.timezone);
    const scope: Scope = { organizationId: actor.organizationId, userId: actor.id };
    const [{ total, series }, points] = await Promise.all([this.daily(scope, range), this.repository.pointsEarned(actor.organizationId, actor.id, range.start, range.end)]);
    return { from: range.from, to: range.to, ...total, points, series };
  }

  /** A published share's latest engagement and clicks, for its owner only (anyone else: not found). */
  async shareEngagement(actor: AuthUser, shareId: string): Promise<ShareEngagementResponse> {
    if (!(await this.repository.ownShare(actor.organizationId, actor.id, shareId))) throw new NotFoundException(userMessage('share.notFound'));
    const [snapshot, clicks] = await Promise.all([this.repository.latestSnapshot(shareId), this.repository.clickCount(actor.organizationId, shareId)]);
    return {
      shareId,
      readAt: snapshot?.capturedAt.toISOString() ?? null,
      reactions: snapshot?.reactions ?? null,
      comments: snapshot?.comments ?? null,
      reshares: snapshot?.reshares ?? null,
      impressions: snapshot?.impressions ?? null,
      clicks,
    };
  }

  /** Rows for the CSV export: one per share, post or person, with its figures. */
  async exportRows(actor: AuthUser, query: ScopeQueryDto & { table: 'shares' | 'posts' | 'advocates' }): Promise<{ header: string[]; rows: (string | number | null)[][] }> {
    requireRole(actor, READERS, 'action.readAnalytics');
    const { range, scope } = await this.context(actor, query);
    const { shares, tally } = await this.tallyWithShares(scope, range);
    const columns = ['shares', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'] as const;
    const figures = (f: Figures) => columns.map((c) => f[c]);
    if (query.table === 'shares') {
      const posts = new Map((await this.repository.postsOf(scope.organizationId, [...new Set(shares.map((s) => s.postId))])).map((p) => [p.id, p]));
      const users = new Map((await this.repository.usersOf(scope.organizationId, [...new Set(shares.map((s) => s.userId))])).map((u) => [u.id, u]));
      return {
        header: ['shareId', 'publishedAt', 'postId', 'postTitle', 'userId', 'userName', ...columns],
        rows: shares.map((s) => [s.id, s.publishedAt.toISOString(), s.postId, posts.get(s.postId)?.title ?? '', s.userId, users.get(s.userId)?.name ?? '', ...figures(tally.byShare.get(s.id) ?? zero())]),
      };
    }
    if (query.table === 'posts') {
      const all = groupFigures(shares, tally, (s) => s.postId);
      const posts = new Map((await this.repository.postsOf(scope.organizationId, [...all.keys()])).map((p) => [p.id, p]));
      return { header: ['postId', 'postTitle', 'sharers', ...columns], rows: [...all].map(([postId, f]) => [postId, posts.get(postId)?.title ?? '', f.sharers, ...figures(f)]) };
    }
    const all = groupFigures(shares, tally, (s) => s.userId);
    const users = new Map((await this.repository.usersOf(scope.organizationId, [...all.keys()])).map((u) => [u.id, u]));
    return {
      header: ['userId', 'userName', ...columns],
      rows: [...all].filter(([userId]) => users.has(userId)).map(([userId, f]) => [userId, users.get(userId)!.name, ...figures(f)]),
    };
  }

  async settings(actor: AuthUser): Promise<AnalyticsSettingsResponse> {
    requireRole(actor, READERS, 'action.readAnalytics');
    return this.settingsOf(actor.organizationId);
  }

  async updateSettings(actor: AuthUser, dto: UpdateAnalyticsSettingsDto): Promise<AnalyticsSettingsResponse> {
    requireRole(actor, [Role.Admin], 'action.changeAnalyticsSettings');
    const current = await this.settingsOf(actor.organizationId);
    const { customised: _customised, ...rates } = current;
    const settings: AnalyticsSettings = { organizationId: actor.organizationId, ...rates, ...definedOnly(dto), updatedAt: this.clock.now() };
    await this.transactions.run(async (m) => {
      await this.repository.saveSettings(m, settings);
      await this.audit.record(m, { organizationId: actor.organizationId, actorId: actor.id, action: 'analyticsSettings.updated', targetType: 'analyticsSettings', targetId: actor.organizationId, detail: definedOnly(dto) });
    });
    return this.settingsOf(actor.organizationId);
  }

  private summaryOf(range: DayRange, { total, series }: Daily, activeEmployees: number, settings: AnalyticsSettingsResponse): SummaryResponse {
    return {
      from: range.from,
      to: range.to,
      timezone: range.timezone,
      ...total,
      activeEmployees,
      participation: ratio(total.sharers, activeEmployees),
      clickThrough: total.impressions > 0 ? ratio(total.clicks, total.impressions) : null,
      conversionRate: ratio(total.conversions, total.clicks),
      emv: earnedMediaValue(total, settings),
      rates: settings,
      series,
    };
  }

  /** Most clicks first, then most engagement, then most shares (summed and ranked in the database). */
  private async topContentOf(scope: Scope, range: DayRange, limit: number): Promise<TopContentItem[]> {
    const ranked = await this.repository.figures(scope, range, 'post', { limit });
    return ranked.map(({ key, name, ...figures }) => ({ postId: key, title: name, ...figures }));
  }

  private async topAdvocatesOf(scope: Scope, range: DayRange, limit: number): Promise<TopAdvocateItem[]> {
    const ranked = await this.repository.figures(scope, range, 'user', { limit });
    return ranked.map(({ key, name, ...figures }) => ({ userId: key, name, ...figures }));
  }

  /** How much of a campaign's target was reached over its days; null without an objective and a target. */
  private async progressOf(campaign: Campaign, tz: string, today: string): Promise<CampaignProgressResponse | null> {
    if (!campaign.objective || !campaign.target) return null;
    const days = campaignDays(campaign, tz, today);
    const range = dayRange(days.from, days.to, tz);
    const scope: Scope = { organizationId: campaign.organizationId, campaignId: campaign.id };
    const objective = campaign.objective;
    let achieved: number;
    let measure: string;
    if (objective === 'leads' || objective === 'hiring') {
      achieved = await this.repository.conversionCount(scope, range.start, range.end, objective === 'leads' ? ['lead', 'signup'] : ['application']);
      measure = objective === 'leads' ? 'leads' : 'applications';
    } else {
      const { total } = await this.daily(scope, range);
      achieved = objective === 'awareness' ? total.impressions : total.clicks;
      measure = objective === 'awareness' ? 'impressions' : 'clicks';
    }
    return { campaignId: campaign.id, name: campaign.name, objective, measure, target: campaign.target, achieved, progress: Math.round((achieved / campaign.target) * 10_000) / 10_000, from: range.from, to: range.to };
  }

  private today(timezone: string): string {
    return DateTime.fromJSDate(this.clock.now(), { zone: timezone }).toISODate()!;
  }

  private async settingsOf(organizationId: string): Promise<AnalyticsSettingsResponse> {
    const stored = await this.repository.settingsOf(organizationId);
    if (!stored) return { ...DEFAULT_RATES, customised: false };
    return { currency: stored.currency, cpmMinor: stored.cpmMinor, cpcMinor: stored.cpcMinor, perReactionMinor: stored.perReactionMinor, perCommentMinor: stored.perCommentMinor, perReshareMinor: stored.perReshareMinor, customised: true };
  }

  private async context(actor: AuthUser, query: ScopeQueryDto): Promise<{ organization: Organization; range: DayRange; scope: Scope }> {
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const range = this.range(query, organization.timezone);
    const scope: Scope = { organizationId: organization.id };
    if (query.teamId) {
      if (!(await this.identity.findTeamInOrganization(organization.id, query.teamId))) throw new BadRequestException(fieldProblem('teamId', 'analytics.teamNotFound', { id: query.teamId }));
      scope.teamId = query.teamId;
    }
    if (query.campaignId) {
      if (!(await this.content.findCampaign(organization.id, query.campaignId))) throw new BadRequestException(fieldProblem('campaignId', 'analytics.campaignNotFound', { id: query.campaignId }));
      scope.campaignId = query.campaignId;
    }
    if (query.postId) {
      if (!(await this.content.findPost(organization.id, query.postId))) throw new BadRequestException(fieldProblem('postId', 'analytics.postNotFound', { id: query.postId }));
      scope.postId = query.postId;
    }
    return { organization, range, scope };
  }

  private range(query: RangeQueryDto, timezone: string): DayRange {
    const to = query.to ?? this.today(timezone);
    const from = query.from ?? DateTime.fromISO(to, { zone: timezone }).minus({ days: DEFAULT_RANGE_DAYS - 1 }).toISODate()!;
    for (const [field, day] of [['from', from], ['to', to]] as const) {
      if (!DateTime.fromISO(day, { zone: timezone }).isValid) throw new BadRequestException(fieldProblem(field, 'validation.calendarDate'));
    }
    if (to < from) throw new BadRequestException(fieldProblem('to', 'analytics.rangeReversed'));
    const range = dayRange(from, to, timezone);
    if (range.days.length > MAX_RANGE_DAYS) throw new BadRequestException(fieldProblem('from', 'analytics.rangeTooLong', { max: MAX_RANGE_DAYS }));
    return range;
  }

  /** The figures of a scope by day of the range, every day listed, and their total. */
  private async daily(scope: Scope, range: DayRange): Promise<Daily> {
    const [days, sharers] = await Promise.all([this.repository.figures(scope, range, 'day'), this.repository.sharers(scope, range)]);
    const byDay = new Map(days.map(({ key, ...figures }) => [key, figures]));
    const series = range.days.map((day) => ({ day, ...(byDay.get(day) ?? zero()) }));
    const total = zero();
    for (const day of series) for (const field of ['shares', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'] as const) total[field] += day[field];
    total.sharers = sharers;
    return { total, series };
  }

  private async tallyWithShares(scope: Scope, range: DayRange): Promise<{ shares: ScopedShare[]; tally: Tally }> {
    const shares = await this.repository.publishedShares(scope, range.end);
    const [clicks, conversions, snapshots] = await Promise.all([
      this.repository.clicks(scope, range.start, range.end),
      this.repository.conversions(scope, range.start, range.end),
      this.repository.snapshots(shares.map((s) => s.id), range.start, range.end),
    ]);
    const tz = range.timezone;
    const total = zero();
    const byDay = new Map<string, Figures>(range.days.map((day) => [day, zero()]));
    const byShare = new Map<string, Figures>();
    const sharersByDay = new Map<string, Set<string>>();
    const sharers = new Set<string>();
    const add = (shareId: string, day: string, apply: (f: Figures) => void) => {
      const dayFigures = byDay.get(day);
      if (!dayFigures) return;
      apply(total);
      apply(dayFigures);
      const shareFigures = byShare.get(shareId) ?? zero();
      apply(shareFigures);
      byShare.set(shareId, shareFigures);
    };
    for (const share of shares) {
      if (share.publishedAt < range.start) continue;
      const day = dayOf(share.publishedAt, tz);
      add(share.id, day, (f) => f.shares++);
      sharers.add(share.userId);
      sharersByDay.set(day, (sharersByDay.get(day) ?? new Set()).add(share.userId));
    }
    for (const click of clicks) add(click.shareId, dayOf(click.clickedAt, tz), (f) => f.clicks++);
    for (const conversion of conversions) add(conversion.shareId, dayOf(conversion.createdAt, tz), (f) => f.conversions++);
    for (const [day, perShare] of engagementByDay(snapshots.before, snapshots.inRange, tz)) {
      for (const [shareId, gained] of perShare) add(shareId, day, (f) => addEngagement(f, gained));
    }
    total.sharers = sharers.size;
    for (const [day, people] of sharersByDay) byDay.get(day)!.sharers = people.size;
    for (const share of shares) {
      const figures = byShare.get(share.id);
      if (figures) figures.sharers = figures.shares > 0 ? 1 : 0;
    }
    return { shares, tally: { total, byDay, byShare } };
  }

}

/**
 * A campaign's days in the organisation's timezone: from its start (or its creation) to its
 * end or today, whichever is earlier, at most a year; a campaign that has not started yet has
 * today only.
 */
function campaignDays(campaign: Campaign, tz: string, today: string): { from: string; to: string } {
  const first = dayOf(campaign.startsAt ?? campaign.createdAt, tz);
  const endDay = campaign.endsAt ? dayOf(new Date(campaign.endsAt.getTime() - 1), tz) : today;
  const last = endDay < today ? endDay : today;
  const from = first <= last ? first : last;
  const bounded = DateTime.fromISO(last, { zone: tz }).minus({ days: MAX_RANGE_DAYS - 1 }).toISODate()!;
  return { from: from < bounded ? bounded : from, to: last };
}

function addEngagement(figures: Figures, gained: EngagementCounts): void {
  figures.impressions += gained.impressions;
  figures.reactions += gained.reactions;
  figures.comments += gained.comments;
  figures.reshares += gained.reshares;
}

/** Sums per-share figures by a key (post, person); sharers counts the different people among the key's shares. */
function groupFigures(shares: ScopedShare[], tally: Tally, keyOf: (share: ScopedShare) => string): Map<string, Figures> {
  const groups = new Map<string, Figures>();
  const people = new Map<string, Set<string>>();
  for (const share of shares) {
    const figures = tally.byShare.get(share.id);
    if (!figures) continue;
    const key = keyOf(share);
    const group = groups.get(key) ?? zero();
    for (const field of ['shares', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'] as const) group[field] += figures[field];
    if (figures.shares > 0) people.set(key, (people.get(key) ?? new Set()).add(share.userId));
    groups.set(key, group);
  }
  for (const [key, group] of groups) group.sharers = people.get(key)?.size ?? 0;
  return groups;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
