import { CampaignResponse } from '@chorus/content';
import { ApiProperty } from '@nestjs/swagger';
import { CONVERSION_KINDS, ConversionKind } from './analytics.entities';
import { METRICS, Metric } from './analytics.dto';

const DEMO_DATA_DESCRIPTION = "True when some figure in the range comes from the demo organisation's sample history (shares that never reached a network)";

export class MoneyParts {
  @ApiProperty() impressions!: number;
  @ApiProperty() clicks!: number;
  @ApiProperty() reactions!: number;
  @ApiProperty() comments!: number;
  @ApiProperty() reshares!: number;
}

export class EarnedMediaValueResponse {
  @ApiProperty({ description: 'In the currency, rounded to hundredths' }) amount!: number;
  @ApiProperty({ example: 'IDR' }) currency!: string;
  @ApiProperty({ type: MoneyParts, description: 'What each kind of reach contributes, so the amount can be checked' }) parts!: MoneyParts;
}

export class AnalyticsSettingsResponse {
  @ApiProperty({ example: 'IDR' }) currency!: string;
  @ApiProperty({ description: 'Value of 1,000 impressions, in hundredths' }) cpmMinor!: number;
  @ApiProperty({ description: 'Value of one click, in hundredths' }) cpcMinor!: number;
  @ApiProperty() perReactionMinor!: number;
  @ApiProperty() perCommentMinor!: number;
  @ApiProperty() perReshareMinor!: number;
  @ApiProperty({ description: 'False while the organisation uses the defaults (no admin set its own values yet)' }) customised!: boolean;
}

export class Figures {
  @ApiProperty({ description: 'Shares published in the range' }) shares!: number;
  @ApiProperty({ description: 'Different people among them' }) sharers!: number;
  @ApiProperty({ description: 'Counted visits of tracked links in the range (no bots, previews, or repeats within 30 minutes)' }) clicks!: number;
  @ApiProperty({ description: 'Impressions gained in the range, where the network reports them' }) impressions!: number;
  @ApiProperty() reactions!: number;
  @ApiProperty() comments!: number;
  @ApiProperty() reshares!: number;
  @ApiProperty({ description: 'Leads, sign-ups and applications the organisation’s site reported' }) conversions!: number;
}

/** One published share's figures, for its owner (docs/architecture.md, "Engagement"). */
export class ShareEngagementResponse {
  @ApiProperty() shareId!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the network was last read; null when not read yet' }) readAt!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'From the latest read; null when not read yet' }) reactions!: number | null;
  @ApiProperty({ type: Number, nullable: true }) comments!: number | null;
  @ApiProperty({ type: Number, nullable: true }) reshares!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Null when not read yet or the network does not tell' }) impressions!: number | null;
  @ApiProperty({ description: 'Counted visits of its tracked link, all time (no bots, previews, or repeats within 30 minutes)' }) clicks!: number;
}

export class SeriesDay extends Figures {
  @ApiProperty({ example: '2026-11-30', description: "A day in the organisation's timezone" }) day!: string;
}

export class SummaryResponse extends Figures {
  @ApiProperty({ example: '2026-11-01' }) from!: string;
  @ApiProperty({ example: '2026-11-30' }) to!: string;
  @ApiProperty({ example: 'Asia/Jakarta' }) timezone!: string;
  @ApiProperty({ description: 'Active employees in scope, who could share' }) activeEmployees!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'sharers ÷ activeEmployees' }) participation!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'clicks ÷ impressions, where impressions are known' }) clickThrough!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'conversions ÷ clicks' }) conversionRate!: number | null;
  @ApiProperty({ type: EarnedMediaValueResponse }) emv!: EarnedMediaValueResponse;
  @ApiProperty({ type: AnalyticsSettingsResponse, description: 'The rates the value was computed with' }) rates!: AnalyticsSettingsResponse;
  @ApiProperty({ description: DEMO_DATA_DESCRIPTION }) demoData!: boolean;
  @ApiProperty({ type: [SeriesDay] }) series!: SeriesDay[];
}

export class MyAnalyticsResponse extends Figures {
  @ApiProperty({ example: '2026-11-01' }) from!: string;
  @ApiProperty({ example: '2026-11-30' }) to!: string;
  @ApiProperty({ description: 'Points earned in the range' }) points!: number;
  @ApiProperty({ description: DEMO_DATA_DESCRIPTION }) demoData!: boolean;
  @ApiProperty({ type: [SeriesDay] }) series!: SeriesDay[];
}

export class TimeseriesPoint {
  @ApiProperty({ example: '2026-11-30' }) day!: string;
  @ApiProperty() value!: number;
}

export class TimeseriesResponse {
  @ApiProperty({ enum: METRICS }) metric!: Metric;
  @ApiProperty({ type: [TimeseriesPoint] }) points!: TimeseriesPoint[];
}

export class TopContentItem extends Figures {
  @ApiProperty() postId!: string;
  @ApiProperty() title!: string;
}

export class TopAdvocateItem extends Figures {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
}

export class ApiKeyResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'chk_Ab3d', description: 'The start of the key, to tell keys apart' }) prefix!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ description: 'The whole key. Shown this once: Chorus keeps only its hash' }) secret!: string;
}

export class ConversionResponse {
  @ApiProperty() id!: string;
  @ApiProperty() shareId!: string;
  @ApiProperty({ enum: CONVERSION_KINDS }) kind!: ConversionKind;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty() idempotencyKey!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CampaignProgressResponse {
  @ApiProperty() campaignId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['awareness', 'traffic', 'leads', 'hiring'] }) objective!: string;
  @ApiProperty({ enum: ['impressions', 'clicks', 'leads', 'applications'], description: 'What is counted: impressions, clicks, lead and sign-up conversions, or application conversions' }) measure!: string;
  @ApiProperty() target!: number;
  @ApiProperty({ description: 'Counted so far, over the campaign’s days up to today' }) achieved!: number;
  @ApiProperty({ description: 'achieved ÷ target (may pass 1)' }) progress!: number;
  @ApiProperty({ example: '2026-11-01', description: "First day counted, in the organisation's timezone" }) from!: string;
  @ApiProperty({ example: '2026-12-02', description: 'Last day counted' }) to!: string;
}

/**
 * Everything a campaign's printable report shows, in one answer so its figures agree: the
 * campaign, its progress towards its target (null without an objective and a target), the
 * figures over the report's days with their series, and the top posts and advocates.
 */
export class CampaignReportResponse {
  @ApiProperty({ type: CampaignResponse }) campaign!: CampaignResponse;
  @ApiProperty({ type: CampaignProgressResponse, nullable: true, description: 'Over the campaign’s days up to today; null when it has no objective and target' }) progress!: CampaignProgressResponse | null;
  @ApiProperty({ type: SummaryResponse, description: 'Over the report’s days: the campaign’s own (from its start, or creation, to its end or today) unless from or to was given' }) summary!: SummaryResponse;
  @ApiProperty({ type: [TopContentItem], description: 'Its posts, most clicks first' }) topContent!: TopContentItem[];
  @ApiProperty({ type: [TopAdvocateItem], description: 'People who opted out of leaderboards are not listed' }) topAdvocates!: TopAdvocateItem[];
}
