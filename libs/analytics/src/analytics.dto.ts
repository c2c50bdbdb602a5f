import { HasAtMostDecimals, IsOptionalDefined, PageLimit } from '@chorus/validation';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CONVERSION_KINDS, ConversionKind } from './analytics.entities';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const METRICS = ['shares', 'sharers', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions', 'emv'] as const;
export type Metric = (typeof METRICS)[number];
export const EXPORT_TABLES = ['shares', 'posts', 'advocates'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export class RangeQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01', description: "First day, in the organisation's timezone (default: 29 days before `to`)" })
  @IsOptionalDefined()
  @Matches(DAY, { message: 'from must be a day written YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day, included (default: today)' })
  @IsOptionalDefined()
  @Matches(DAY, { message: 'to must be a day written YYYY-MM-DD' })
  to?: string;
}

export class ScopeQueryDto extends RangeQueryDto {
  @ApiPropertyOptional({ description: "Only shares by this team's members" })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'teamId must be a team id (UUID)' })
  teamId?: string;

  @ApiPropertyOptional({ description: "Only shares of this campaign's posts" })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId?: string;

  @ApiPropertyOptional({ description: 'Only shares of this post' })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'postId must be a post id (UUID)' })
  postId?: string;
}

export class TimeseriesQueryDto extends ScopeQueryDto {
  @ApiProperty({ enum: METRICS })
  @IsIn(METRICS, { message: `metric must be one of ${METRICS.join(', ')}` })
  metric!: Metric;
}

export class TopQueryDto extends ScopeQueryDto {
  @PageLimit(100, 10) limit?: number;
}

/** A campaign's report: its days unless a range is given, and how many of the top posts and advocates. */
export class CampaignReportQueryDto extends RangeQueryDto {
  @PageLimit(100, 10, 'How many top posts and top advocates') limit?: number;
}

export class ExportQueryDto extends ScopeQueryDto {
  @ApiProperty({ enum: EXPORT_TABLES })
  @IsIn(EXPORT_TABLES, { message: `table must be one of ${EXPORT_TABLES.join(', ')}` })
  table!: ExportTable;
}

/** The largest rate: what a 32-bit integer column holds (21,474,836.47 in hundredths). */
const MAX_RATE_MINOR = 2_147_483_647;

/** An amount in hundredths of the currency: a whole number from 0. */
function Money(field: string, description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_RATE_MINOR, description }),
    IsOptionalDefined(),
    IsInt({ message: `${field} must be a whole number of hundredths (e.g. 550 for 5.50)` }),
    Min(0, { message: `${field} must be at least 0` }),
    Max(MAX_RATE_MINOR, { message: `${field} must be at most ${MAX_RATE_MINOR}` }),
  );
}

export class UpdateAnalyticsSettingsDto {
  @ApiPropertyOptional({ example: 'IDR', description: 'ISO 4217 code' })
  @IsOptionalDefined()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as IDR or USD' })
  currency?: string;

  @Money('cpmMinor', 'Value of 1,000 impressions, in hundredths') cpmMinor?: number;
  @Money('cpcMinor', 'Value of one click, in hundredths') cpcMinor?: number;
  @Money('perReactionMinor', 'Value of one reaction, in hundredths') perReactionMinor?: number;
  @Money('perCommentMinor', 'Value of one comment, in hundredths') perCommentMinor?: number;
  @Money('perReshareMinor', 'Value of one reshare, in hundredths') perReshareMinor?: number;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Careers site' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;
}

export class ReportConversionDto {
  @ApiProperty({ example: 'Ab3dE5gH9k', description: 'The utm_content the visitor arrived with: the share’s tracked-link code' })
  @IsString()
  @Matches(/^[0-9A-Za-z]{10}$/, { message: 'shareCode must be the 10-letter code from utm_content' })
  shareCode!: string;

  @ApiProperty({ enum: CONVERSION_KINDS })
  @IsIn(CONVERSION_KINDS, { message: `kind must be one of ${CONVERSION_KINDS.join(', ')}` })
  kind!: ConversionKind;

  @ApiPropertyOptional({ example: 150.5, description: "In the organisation's currency" })
  @IsOptionalDefined()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  @HasAtMostDecimals(2, { message: 'value must be a number with at most 2 decimals, such as 150.5' })
  @Min(0, { message: 'value must be at least 0' })
  @Max(1_000_000_000, { message: 'value must be at most 1000000000' })
  value?: number;

  @ApiProperty({ example: 'lead-2026-12-02-00042', description: 'Your id for this conversion; sending it again reports nothing new' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey!: string;
}
