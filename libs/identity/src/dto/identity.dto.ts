import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsTimeZone,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ALL_ROLES, Role } from '../roles';
import { IsOptionalDefined, IsOptionalNullable, OptionalTeamIds } from '@chorus/validation';

export const LOCALES = ['en', 'id'] as const;
export type Locale = (typeof LOCALES)[number];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An IANA time zone, such as Asia/Jakarta, when given. */
function OptionalTimeZone(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ example: 'Asia/Jakarta' }),
    IsOptionalDefined(),
    IsTimeZone({ message: 'timezone must be an IANA time zone such as Asia/Jakarta' }),
  );
}

/** A person's, team's or organisation's new name, when given: trimmed, 1 to 200 characters. */
function OptionalName(): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional(), IsOptionalDefined(), Transform(trim), IsString(), IsNotEmpty(), MaxLength(200));
}

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** An email address, compared in lower case. */
function EmailAddress(example: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ example }), Transform(lower), IsEmail({}, { message: 'email must be an email address' }), MaxLength(254));
}

export class SignInDto {
  @EmailAddress('ana@demo.chorus')
  email!: string;

  @ApiProperty({ example: 'chorus-demo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'Not needed when the refresh cookie is sent.' })
  @IsOptionalDefined()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class InviteQueryDto {
  @ApiProperty({ description: 'The token from the invitation link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;
}

export class AcceptInviteDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(200)
  password!: string;
}

export class ForgotPasswordDto {
  @EmailAddress('ana@demo.chorus')
  email!: string;
}

/** The answer to a forgot-password request: the same whether or not the address has an account. */
export class ForgotPasswordResponse {
  @ApiProperty({ example: 'password.reset.requested' }) code!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { minutes: 60 } }) params!: Record<string, string | number>;
  @ApiProperty({ example: 'If an account uses this address, a link to choose a new password is on its way; it works once, for 60 minutes.' })
  message!: string;
}

/** The same fields as an invitation's: the link's token and the new password. */
export class ResetPasswordDto extends AcceptInviteDto {}

export class CreateUserDto {
  @EmailAddress('dewi@example.co.id')
  email!: string;

  @ApiProperty({ example: 'Dewi Anggraini' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ALL_ROLES, isArray: true, example: ['employee'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(ALL_ROLES, { each: true, message: `each value in roles must be one of ${ALL_ROLES.join(', ')}` })
  roles!: Role[];

  @OptionalTeamIds({ max: 50 })
  teamIds?: string[];

  @OptionalTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptionalDefined()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class UpdateUserDto {
  @OptionalName()
  name?: string;

  @ApiPropertyOptional({ enum: ALL_ROLES, isArray: true })
  @IsOptionalDefined()
  @IsArray()
  @ArrayUnique()
  @IsIn(ALL_ROLES, { each: true, message: `each value in roles must be one of ${ALL_ROLES.join(', ')}` })
  roles?: Role[];

  @OptionalTeamIds({ max: 50 })
  teamIds?: string[];

  @ApiPropertyOptional({ description: 'Keep this user off every leaderboard.' })
  @IsOptionalDefined()
  @IsBoolean()
  leaderboardExcluded?: boolean;
}

export class WeeklySlotDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty({ example: '09:00' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time must be HH:mm in 24-hour form, e.g. 09:00', context: { code: 'validation.timeOfDay' } })
  time!: string;
}

export class UpdateMeDto {
  @OptionalName()
  name?: string;

  @OptionalTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptionalDefined()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsBoolean()
  leaderboardOptOut?: boolean;

  @ApiPropertyOptional({ type: [WeeklySlotDto] })
  @IsOptionalDefined()
  @IsArray()
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => WeeklySlotDto)
  weeklySlots?: WeeklySlotDto[];
}

export class CreateTeamDto {
  @ApiProperty({ example: 'Sales' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsUUID('all', { message: 'managerId must be a user id (UUID)' })
  managerId?: string;
}

export class UpdateTeamDto {
  @ApiPropertyOptional()
  @IsOptionalDefined()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null: the team has no manager' })
  @IsOptionalNullable()
  @IsUUID('all', { message: 'managerId must be a user id (UUID)' })
  managerId?: string | null;
}

export class ImportUsersDto {
  @ApiProperty({
    description: 'CSV with a header row: email,name,roles,teams,timezone,manages. roles and teams are separated by ";". At most 2 MB, 10,000 users, 32 columns and 1,000 characters a cell.',
    example: 'email,name,roles,teams\ndewi@example.co.id,Dewi,employee,Sales',
  })
  // Its size is checked by the import, which answers 413 with the limit in words.
  @IsString()
  @IsNotEmpty()
  csv!: string;
}

export class UpdateOrganizationDto {
  @OptionalName()
  name?: string;

  @OptionalTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50 })
  @IsOptionalDefined()
  @IsInt()
  @Min(1)
  @Max(50)
  dailyShareLimit?: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: '#employee', description: 'null or empty: no disclosure' })
  @IsOptionalNullable()
  @IsString()
  @MaxLength(100)
  requiredDisclosure?: string | null;

  @ApiPropertyOptional({ enum: ['append', 'require'] })
  @IsOptionalDefined()
  @IsIn(['append', 'require'])
  disclosureMode?: 'append' | 'require';

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsBoolean()
  employeesSeeLeaderboard?: boolean;
}
