import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
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

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

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
  @IsOptional()
  @IsString()
  @MaxLength(3000, { message: 'variants.linkedin must be at most 3,000 characters' })
  linkedin?: string;

  @ApiPropertyOptional({ description: 'At most 280 weighted characters' })
  @IsOptional()
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
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'url must be an http or https address' })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ description: 'What an employee starts from; they are encouraged to rewrite it.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(3000)
  suggestedCommentary!: string;

  @ApiPropertyOptional({ type: PostVariantsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostVariantsDto)
  variants?: PostVariantsDto;

  @ApiPropertyOptional({ type: [String], example: ['#hiring', 'Surabaya'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(/^#?[\p{L}\p{N}_]{1,100}$/u, { each: true, message: 'each value in hashtags must be one word of letters, digits or _ (with or without #)' })
  hashtags?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'imageUrl must be an http or https address' })
  @MaxLength(2000)
  imageUrl?: string;

  @ApiPropertyOptional({ type: [String], description: 'Empty or absent: everyone' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each value in teamIds must be a team id (UUID)' })
  teamIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' })
  campaignId?: string;

  @ApiPropertyOptional({ example: '2026-12-01T02:00:00Z' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'publishAt must be an ISO 8601 date-time' })
  publishAt?: string;

  @ApiPropertyOptional({ example: '2026-12-31T17:00:00Z' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'expiresAt must be an ISO 8601 date-time' })
  expiresAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  featured?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  points?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  requireOwnCommentary?: boolean;
}

export class UpdatePostDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300) title?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsUrl(HTTP_URL, { message: 'url must be an http or https address' }) @MaxLength(2000) url?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(3000) suggestedCommentary?: string;
  @ApiPropertyOptional({ type: PostVariantsDto }) @IsOptional() @ValidateNested() @Type(() => PostVariantsDto) variants?: PostVariantsDto;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(/^#?[\p{L}\p{N}_]{1,100}$/u, { each: true, message: 'each value in hashtags must be one word of letters, digits or _ (with or without #)' })
  hashtags?: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsUrl(HTTP_URL, { message: 'imageUrl must be an http or https address' }) @MaxLength(2000) imageUrl?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each value in teamIds must be a team id (UUID)' })
  teamIds?: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsUUID('all', { message: 'campaignId must be a campaign id (UUID)' }) campaignId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsDateString({ strict: true }, { message: 'publishAt must be an ISO 8601 date-time' }) publishAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsDateString({ strict: true }, { message: 'expiresAt must be an ISO 8601 date-time' }) expiresAt?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() featured?: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10000) points?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requireOwnCommentary?: boolean;
}

export class ListPostsQueryDto {
  @ApiPropertyOptional({ enum: ['draft', 'published', 'archived'] })
  @IsOptional()
  @IsIn(['draft', 'published', 'archived'])
  status?: 'draft' | 'published' | 'archived';
}

export class FeedQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export class CreateCampaignDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiPropertyOptional({ enum: ['pr', 'marketing', 'lead_generation', 'customer_service', 'recruiting', 'market_research', 'other'] })
  @IsOptional()
  @IsIn(['pr', 'marketing', 'lead_generation', 'customer_service', 'recruiting', 'market_research', 'other'])
  goal?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }, { message: 'startsAt must be an ISO 8601 date-time' }) startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' }) endsAt?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 10, example: 1.5 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
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
