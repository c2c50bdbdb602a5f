import { LINKEDIN_COMMENTARY_MAX_CHARACTERS } from '@chorus/networks';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** LinkedIn's wording for a missing required field. */
export const REQUIRED = { message: 'field is required but not found and has no default value' };
const STRING = { message: 'must be a string' };
const OBJECT = { message: 'must be a record' };
const oneOf = (values: string[]) => ({ message: `"$value" is not one of ${values.join(', ')}` });

export const COMMENTARY_MAX_LENGTH = LINKEDIN_COMMENTARY_MAX_CHARACTERS;
export const VISIBILITIES = ['PUBLIC', 'CONNECTIONS', 'LOGGED_IN'];
export const LIFECYCLE_STATES = ['PUBLISHED', 'DRAFT'];
export const FEED_DISTRIBUTIONS = ['MAIN_FEED', 'NONE'];
/** Members post as themselves; an organization author needs organization scopes. */
export const AUTHOR_URN = /^urn:li:(person|organization):[A-Za-z0-9_-]+$/;

export class DistributionDto {
  @IsDefined(REQUIRED) @IsIn(FEED_DISTRIBUTIONS, oneOf(FEED_DISTRIBUTIONS)) feedDistribution!: string;
  @IsOptional() @IsArray({ message: 'must be an array' }) targetEntities?: unknown[];
  @IsOptional() @IsArray({ message: 'must be an array' }) thirdPartyDistributionChannels?: unknown[];
}

/** A link share. LinkedIn does not scrape the link: the poster supplies title and description. */
export class ArticleDto {
  @IsDefined(REQUIRED)
  @IsString(STRING)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }, { message: '"$value" is not a valid URL' })
  source!: string;

  @IsDefined(REQUIRED) @IsString(STRING) title!: string;
  @IsOptional() @IsString(STRING) description?: string;

  /** An image URN from the Images API, not a URL. */
  @IsOptional() @IsString(STRING) @Matches(/^urn:li:image:\S+$/, { message: '"$value" is not an image URN' }) thumbnail?: string;
  @IsOptional() @IsString(STRING) thumbnailAltText?: string;
}

/** The sandbox supports link shares; other content kinds are refused as unknown fields. */
export class PostContentDto {
  @IsDefined(REQUIRED) @IsObject(OBJECT) @ValidateNested() @Type(() => ArticleDto) article!: ArticleDto;
}

/** `POST /rest/posts`. */
export class CreatePostDto {
  @IsDefined(REQUIRED) @IsString(STRING) @Matches(AUTHOR_URN, { message: '"$value" is not a person or organization URN' })
  author!: string;

  @IsDefined(REQUIRED)
  @IsString(STRING)
  @MaxLength(COMMENTARY_MAX_LENGTH, { message: `length exceeds the maximum of ${COMMENTARY_MAX_LENGTH} characters` })
  commentary!: string;

  @IsDefined(REQUIRED) @IsIn(VISIBILITIES, oneOf(VISIBILITIES)) visibility!: string;

  @IsDefined(REQUIRED) @IsObject(OBJECT) @ValidateNested() @Type(() => DistributionDto) distribution!: DistributionDto;

  @IsDefined(REQUIRED) @IsIn(LIFECYCLE_STATES, oneOf(LIFECYCLE_STATES)) lifecycleState!: string;

  @IsOptional() @IsBoolean({ message: 'must be a boolean' }) isReshareDisabledByAuthor?: boolean;

  @IsOptional() @IsObject(OBJECT) @ValidateNested() @Type(() => PostContentDto) content?: PostContentDto;
}
