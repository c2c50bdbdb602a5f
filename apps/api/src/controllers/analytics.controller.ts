import {
  AnalyticsExportService,
  AnalyticsService,
  AnalyticsSettingsResponse,
  CampaignProgressResponse,
  CampaignReportQueryDto,
  CampaignReportResponse,
  ApiKeyResponse,
  ConversionResponse,
  ConversionsService,
  CreateApiKeyDto,
  CreatedApiKeyResponse,
  ExportQueryDto,
  MyAnalyticsResponse,
  RangeQueryDto,
  ReportConversionDto,
  ScopeQueryDto,
  ShareEngagementResponse,
  SummaryResponse,
  TimeseriesQueryDto,
  TimeseriesResponse,
  TopAdvocateItem,
  TopContentItem,
  TopQueryDto,
  UpdateAnalyticsSettingsDto,
} from '@chorus/analytics';
import { AuthUser, Role } from '@chorus/identity';
import { Body, Controller, Delete, Get, Headers, HttpCode, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../http/api-responses';
import { IdParam } from '../http/id-param';

/** Results (docs/architecture.md, "Results"): measures, exports, and the conversions the organisation's site reports. */
@ApiTags('analytics')
@ApiErrorResponses()
@Controller()
export class AnalyticsController {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly exporter: AnalyticsExportService,
    private readonly conversions: ConversionsService,
  ) {}

  @Get('me/analytics')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MyAnalyticsResponse, description: 'My own figures, by day in the organisation’s timezone' })
  mine(@CurrentUser() actor: AuthUser, @Query() query: RangeQueryDto): Promise<MyAnalyticsResponse> {
    return this.analytics.mine(actor, query);
  }

  @Get('shares/:id/engagement')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ShareEngagementResponse, description: 'My published share’s latest engagement read and its tracked-link clicks; another person’s share is not found' })
  shareEngagement(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<ShareEngagementResponse> {
    return this.analytics.shareEngagement(actor, id);
  }

  @Get('analytics/summary')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Manager, Role.Curator)
  @ApiOkResponse({ type: SummaryResponse })
  summary(@CurrentUser() actor: AuthUser, @Query() query: ScopeQueryDto): Promise<SummaryResponse> {
    return this.analytics.summary(actor, query);
  }

  @Get('analytics/timeseries')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Manager, Role.Curator)
  @ApiOkResponse({ type: TimeseriesResponse })
  timeseries(@CurrentUser() actor: AuthUser, @Query() query: TimeseriesQueryDto): Promise<TimeseriesResponse> {
    return this.analytics.timeseries(actor, query);
  }

  @Get('analytics/campaigns')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Manager, Role.Curator)
  @ApiOkResponse({ type: [CampaignProgressResponse], description: 'Campaigns with an objective and a target, and how much of it was reached' })
  campaignProgress(@CurrentUser() actor: AuthUser): Promise<CampaignProgressResponse[]> {
    return this.analytics.campaignProgress(actor);
  }

  @Get('analytics/campaigns/:id/report')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Manager, Role.Curator)
  @ApiOkResponse({ type: CampaignReportResponse, description: 'A campaign’s figures over its days (or the range given), its progress, and its top posts and advocates; another organisation’s campaign is not found' })
  campaignReport(@CurrentUser() actor: AuthUser, @IdParam() id: string, @Query() query: CampaignReportQueryDto): Promise<CampaignReportResponse> {
    return this.analytics.campaignReport(actor, id, query);
  }

  @Get('analytics/top-content')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Manager, Role.Curator)
  @ApiOkResponse({ type: [TopContentItem] })
  topContent(@CurrentUser() actor: AuthUser, @Query() query: TopQueryDto): Promise<TopContentItem[]> {
    return this.analytics.topContent(actor, query);
  }

  @Get('analytics/top-advocates')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Manager, Role.Curator)
  @ApiOkResponse({ type: [TopAdvocateItem], description: 'People who opted out of leaderboards are not listed' })
  topAdvocates(@CurrentUser() actor: AuthUser, @Query() query: TopQueryDto): Promise<TopAdvocateItem[]> {
    return this.analytics.topAdvocates(actor, query);
  }

  @Get('analytics/export.csv')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Manager, Role.Curator)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per share, post or advocate with its figures; formulas neutralised', content: { 'text/csv': { schema: { type: 'string' } } } })
  async export(@CurrentUser() actor: AuthUser, @Query() query: ExportQueryDto): Promise<StreamableFile> {
    // Refusals and bad filters are answered (as JSON) before the first byte of the file.
    const csv = await this.exporter.exportCsv(actor, query);
    // A byte stream: it reads the next page only when the response has taken the last one
    // (backpressure), and Nest destroys it, so reading stops, when the client goes away.
    return new StreamableFile(Readable.from(csv, { objectMode: false }), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${query.table}.csv"` });
  }

  @Get('analytics/settings')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.Manager, Role.Curator)
  @ApiOkResponse({ type: AnalyticsSettingsResponse, description: 'The rates earned media value is computed with' })
  settings(@CurrentUser() actor: AuthUser): Promise<AnalyticsSettingsResponse> {
    return this.analytics.settings(actor);
  }

  @Patch('analytics/settings')
  @ApiBearerAuth()
  @Roles(Role.Admin)
  @ApiOkResponse({ type: AnalyticsSettingsResponse })
  updateSettings(@CurrentUser() actor: AuthUser, @Body() body: UpdateAnalyticsSettingsDto): Promise<AnalyticsSettingsResponse> {
    return this.analytics.updateSettings(actor, body);
  }

  @Get('api-keys')
  @ApiBearerAuth()
  @Roles(Role.Admin)
  @ApiOkResponse({ type: [ApiKeyResponse] })
  listKeys(@CurrentUser() actor: AuthUser): Promise<ApiKeyResponse[]> {
    return this.conversions.listKeys(actor);
  }

  @Post('api-keys')
  @ApiBearerAuth()
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: CreatedApiKeyResponse, description: 'The secret is in this answer only' })
  createKey(@CurrentUser() actor: AuthUser, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    return this.conversions.createKey(actor, body);
  }

  @Delete('api-keys/:id')
  @HttpCode(204)
  @ApiBearerAuth()
  @Roles(Role.Admin)
  @ApiNoContentResponse({ description: 'Revoked: the site can no longer report with it' })
  revokeKey(@CurrentUser() actor: AuthUser, @IdParam() id: string): Promise<void> {
    return this.conversions.revokeKey(actor, id);
  }

  @Public()
  @Post('conversions')
  @ApiHeader({ name: 'X-Api-Key', required: true, description: 'A key an admin made under API keys' })
  @ApiCreatedResponse({ type: ConversionResponse, description: 'Recorded' })
  @ApiOkResponse({ type: ConversionResponse, description: 'Already recorded under this idempotencyKey; nothing new counted' })
  async report(@Headers('x-api-key') apiKey: string | undefined, @Body() body: ReportConversionDto, @Res({ passthrough: true }) res: Response): Promise<ConversionResponse> {
    const { created, conversion } = await this.conversions.report(apiKey, body);
    res.status(created ? 201 : 200);
    return conversion;
  }
}
