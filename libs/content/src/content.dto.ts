import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { xWeightedLength } from '@chorus/networks';
import { CAMPAIGN_OBJECTIVES, CampaignObjective } from './campaign.entity';
import { HasAtMostDecimals, IsIsoDateTime, IsOptionalDefined, IsOptionalNullable, OptionalTeamIds } from '@chorus/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
/** Images load from their own sites into pages served over https, where browsers block http images (mixed content). */
const HTTPS_IMAGE = { protocols: ['https'], require_protocol: true, require_tld: false };
const HTTPS_IMAGE_MESSAGE = { message: 'imageUrl must be an https address: browsers block http images on this site', context: { code: 'validation.httpsImage' } };

/** Up to 30 distinct hashtags, each one word, with or without its #. */
function OptionalHashtags(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], example: ['#hiring', 'Surabaya'] }),
    IsOptionalDefined(),
    IsArray(),
    ArrayMaxSize(30),
    ArrayUnique(),
    Matches(/^#?[\p{L}\p{N}_]{1,100}$/u, { each: true, message: 'each value in hashtags must be one word of letters, digits or _ (with or without #)', context: { code: 'validation.hashtag' } }),
  );
}

@ValidatorConstraint({ name: 'xWeightedLength' })
class XWeightedLength implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && xWeightedLength(value) <= 280;
  }
  defaultMessage(): string {
    return 'variants.x must be at most 280 weighted characters (URLs count 23, emoji and CJK count 2)';
  }
}

export class PostVariantsDto {
  @ApiPropertyOptional({ maxLength: 3000 })
  @IsOptionalDefined()
  @IsString()
  @MaxLength(3000, { message: 'variants.linkedin must be at most 3,000 characters' })
  linkedin?: string;

  @ApiPropertyOptional({ description: 'At most 280 weighted characters' })
  @IsOptionalDefined()
  @IsString()
  @Validate(XWeightedLength)
  x?: string;
}

export class CreatePostDto {
  @ApiProperty({ example: 'We opened our Surabaya office' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiPropertyOptional({ example: 'https://example.com/news/surabaya' })
  @IsOptionalDefined()
  @IsUrl(HTTP_URL, { message: 'url must be an http or https address' })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ description: 'What an employee starts from; they are encouraged to rewrite it.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(3000)
  suggestedCommentary!: string;

  @ApiPropertyOptional({ type: PostVariantsDto })
  @IsOptionalDefined()
  @ValidateNested()
  @Type(() => PostVariantsDto)
  variants?: PostVariantsDto;

  @OptionalHashtags()
  hashtags?: string[];

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsUrl(HTTPS_IMAGE, HTTPS_IMAGE_MESSAGE)
  @MaxLength(2000)
  imageUrl?: string;

  @OptionalTeamIds({ max: 100, unique: true, description: 'Empty or absent: everyone' })
  teamIds?: string[];

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId?: string;

  @ApiPropertyOptional({ example: '2026-12-01T02:00:00Z' })
  @IsOptionalDefined()
  @IsIsoDateTime()
  publishAt?: string;

  @ApiPropertyOptional({ example: '2026-12-31T17:00:00Z' })
  @IsOptionalDefined()
  @IsIsoDateTime()
  expiresAt?: string;

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsBoolean()
  featured?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10000 })
  @IsOptionalDefined()
  @IsInt()
  @Min(0)
  @Max(10000)
  points?: number;

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsBoolean()
  requireOwnCommentary?: boolean;
}

export class UpdatePostDto {
  @ApiPropertyOptional() @IsOptionalDefined() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300) title?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it' }) @IsOptionalNullable() @IsUrl(HTTP_URL, { message: 'url must be an http or https address' }) @MaxLength(2000) url?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it' }) @IsOptionalNullable() @IsString() @MaxLength(5000) description?: string | null;
  @ApiPropertyOptional() @IsOptionalDefined() @IsString() @IsNotEmpty() @MaxLength(3000) suggestedCommentary?: string;
  @ApiPropertyOptional({ type: PostVariantsDto }) @IsOptionalDefined() @ValidateNested() @Type(() => PostVariantsDto) variants?: PostVariantsDto;
  @OptionalHashtags()
  hashtags?: string[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it' }) @IsOptionalNullable() @IsUrl(HTTPS_IMAGE, HTTPS_IMAGE_MESSAGE) @MaxLength(2000) imageUrl?: string | null;
  @OptionalTeamIds({ max: 100, unique: true }) teamIds?: string[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it' }) @IsOptionalNullable() @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' }) campaignId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it' }) @IsOptionalNullable() @IsIsoDateTime() publishAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it' }) @IsOptionalNullable() @IsIsoDateTime() expiresAt?: string | null;
  @ApiPropertyOptional() @IsOptionalDefined() @IsBoolean() featured?: boolean;
  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: 10000, description: 'null: the organisation’s rule applies' }) @IsOptionalNullable() @IsInt() @Min(0) @Max(10000) points?: number | null;
  @ApiPropertyOptional() @IsOptionalDefined() @IsBoolean() requireOwnCommentary?: boolean;
}

export class ListPostsQueryDto {
  @ApiPropertyOptional({ enum: ['draft', 'published', 'archived'] })
  @IsOptionalDefined()
  @IsIn(['draft', 'published', 'archived'])
  status?: 'draft' | 'published' | 'archived';
}

export class FeedQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50, default: 20 })
  @IsOptionalDefined()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptionalDefined()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Words that must each appear in the title, description or suggested text (any case)', maxLength: 200 })
  @IsOptionalDefined()
  @Transform(trim)
  @IsString({ message: 'q must be text' })
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  // PostgreSQL refuses a NUL byte in text, so such a search would fail there instead of finding nothing.
  @Matches(/^[^\u0000-\u001f]*$/, { message: 'q must not contain control characters' })
  q?: string;

  @ApiPropertyOptional({ description: 'Only the posts of this campaign' })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId?: string;

  @ApiPropertyOptional({ description: 'Only the posts with this hashtag, with or without its #', example: '#hiring' })
  @IsOptionalDefined()
  @Transform(trim)
  @IsString({ message: 'hashtag must be text' })
  @Matches(/^#?[\p{L}\p{N}_]{1,100}$/u, { message: 'hashtag must be one word of letters, digits or _ (with or without #)', context: { code: 'validation.hashtag' } })
  hashtag?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: leave out the posts I already shared' })
  @IsOptionalDefined()
  @IsIn(['true', 'false'], { message: 'hideShared must be true or false' })
  hideShared?: 'true' | 'false';
}

export class CreateCampaignDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiPropertyOptional({ enum: ['pr', 'marketing', 'lead_generation', 'customer_service', 'recruiting', 'market_research', 'other'] })
  @IsOptionalDefined()
  @IsIn(['pr', 'marketing', 'lead_generation', 'customer_service', 'recruiting', 'market_research', 'other'])
  goal?: string;
  @ApiPropertyOptional({ enum: CAMPAIGN_OBJECTIVES, description: 'What the target counts: impressions, clicks, leads and sign-ups, or applications' })
  @IsOptionalDefined()
  @IsIn(CAMPAIGN_OBJECTIVES, { message: `objective must be one of ${CAMPAIGN_OBJECTIVES.join(', ')}` })
  objective?: CampaignObjective;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1_000_000_000, example: 500 })
  @IsOptionalDefined()
  @IsInt({ message: 'target must be a whole number' })
  @Min(1, { message: 'target must be at least 1' })
  @Max(1_000_000_000, { message: 'target must be at most 1000000000' })
  target?: number;
  @ApiPropertyOptional() @IsOptionalDefined() @IsIsoDateTime() startsAt?: string;
  @ApiPropertyOptional() @IsOptionalDefined() @IsIsoDateTime() endsAt?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 10, example: 1.5 })
  @IsOptionalDefined()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @HasAtMostDecimals(2)
  @Min(0)
  @Max(10)
  pointsMultiplier?: number;
}

export class LinkPreviewDto {
  @ApiProperty({ example: 'https://example.com/news' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  url!: string;
}
