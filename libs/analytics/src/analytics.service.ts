import { Clock } from '@chorus/config';
import { Campaign, ContentRepository, mapCampaign } from '@chorus/content';
import { Transactions } from '@chorus/db';
import { AuditTrail, AuthUser, IdentityRepository, Organization, requireRole, Role } from '@chorus/identity';
import { fieldProblem, userMessage } from '@chorus/messages';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AnalyticsSettings } from './analytics.entities';
import { AnalyticsRepository, Scope } from './analytics.repository';
import { Metric, RangeQueryDto, ScopeQueryDto, UpdateAnalyticsSettingsDto } from './analytics.dto';
import { AnalyticsSettingsResponse, CampaignProgressResponse, CampaignReportResponse, Figures, MyAnalyticsResponse, SeriesDay, ShareEngagementResponse, SummaryResponse, TimeseriesResponse, TopAdvocateItem, TopContentItem } from './analytics-responses';
import { DayRange, dayOf, dayRange, earnedMediaValue, ratio } from './measures';

const READERS = [Role.Admin, Role.Manager, Role.Curator];
const MAX_RANGE_DAYS = 366;
const DEFAULT_RANGE_DAYS = 30;

/**
 * Until an admin sets the organisation's own, earned media value uses these rates (in
 * hundredths of US dollars): a typical paid-social CPM and CPC, and small values per reaction,
 * comment and reshare. The answer says whether they are the defaults.
 */
export const DEFAULT_RATES = { currency: 'USD', cpmMinor: 600, cpcMinor: 150, perReactionMinor: 10, perCommentMinor: 50, perReshareMinor: 100 } as const;

/** A scope's figures over a range: in total, and for each of its days. */
interface Daily {
  total: Figures;
  series: SeriesDay[];
  /** Some figure in the range comes from the demo organisation's sample history. */
  demoData: boolean;
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
    const [{ total, series, demoData }, points] = await Promise.all([this.daily(scope, range), this.repository.pointsEarned(actor.organizationId, actor.id, range.start, range.end)]);
    return { from: range.from, to: range.to, ...total, points, demoData, series };
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

  private summaryOf(range: DayRange, { total, series, demoData }: Daily, activeEmployees: number, settings: AnalyticsSettingsResponse): SummaryResponse {
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
      demoData,
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

  /** The organisation, range and scope a query asks for; a bad range or a filter naming nothing of the organisation's is a 400 naming its field. */
  async context(actor: AuthUser, query: ScopeQueryDto): Promise<{ organization: Organization; range: DayRange; scope: Scope }> {
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
    const [days, sharers, demoData] = await Promise.all([this.repository.figures(scope, range, 'day'), this.repository.sharers(scope, range), this.repository.demoDataIn(scope, range)]);
    const byDay = new Map(days.map(({ key, ...figures }) => [key, figures]));
    const series = range.days.map((day) => ({ day, ...(byDay.get(day) ?? zero()) }));
    const total = zero();
    for (const day of series) for (const field of ['shares', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'] as const) total[field] += day[field];
    total.sharers = sharers;
    return { total, series, demoData };
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

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
