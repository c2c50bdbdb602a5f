import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ContestScope } from './entities/contest.entity';
import { Period, PERIODS } from './entities/point-total.entity';
import { REDEMPTION_STATUSES, RedemptionStatus } from './entities/redemption.entity';
import { IsOptionalDefined, IsOptionalNullable } from '@chorus/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const MAX_POINTS = 1_000_000;

export class LeaderboardQueryDto {
  @ApiPropertyOptional({ enum: PERIODS, default: 'month' })
  @IsOptionalDefined()
  @IsIn(PERIODS, { message: `period must be one of ${PERIODS.join(', ')}` })
  period?: Period;

  @ApiPropertyOptional({ description: 'A team’s board instead of the organisation’s' })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'teamId must be a team id (UUID)' })
  teamId?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 10 })
  @IsOptionalDefined()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number from 1 to 100' })
  @Min(1, { message: 'limit must be a whole number from 1 to 100' })
  @Max(100, { message: 'limit must be a whole number from 1 to 100' })
  limit?: number;

  @ApiPropertyOptional({ example: '2026-04', description: 'An earlier month (2026-04) or quarter (2026-Q2); the current one by default' })
  @IsOptionalDefined()
  @Matches(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, { message: 'periodKey must be a month such as 2026-04 or a quarter such as 2026-Q2', context: { code: 'validation.periodKey' } })
  periodKey?: string;
}

export class MyPointsQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50, description: 'How many recent point events' })
  @IsOptionalDefined()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number from 1 to 200' })
  @Min(1, { message: 'limit must be a whole number from 1 to 200' })
  @Max(200, { message: 'limit must be a whole number from 1 to 200' })
  limit?: number;
}

/** An optional rule value: whole, non-negative points up to `max`, errors naming the field. */
function PointsSetting(max: number, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: max, description }),
    IsOptionalDefined(),
    IsInt({ message: '$property must be a whole number of points' }),
    Min(0, { message: '$property must not be negative' }),
    Max(max, { message: `$property must be at most ${max}` }),
  );
}

export class UpdatePointsRulesDto {
  @PointsSetting(10000, 'Points for a published share (a post’s own points win)')
  sharePublished?: number;

  @PointsSetting(10000, 'Bonus when the commentary is the employee’s own words')
  ownCommentaryBonus?: number;

  @PointsSetting(1000)
  perClick?: number;

  @PointsSetting(100000)
  clickDailyCapPerShare?: number;

  @PointsSetting(1000)
  perEngagement?: number;

  @PointsSetting(100000)
  engagementDailyCapPerShare?: number;

  @ApiPropertyOptional({ type: 'integer', isArray: true, minimum: 0, maximum: 100000, example: [100, 50, 25], description: 'Bonus for first, second, third… place when a contest’s prize names none' })
  @IsOptionalDefined()
  @IsArray({ message: 'contestPrizePoints must be a list of points, first place first' })
  @ArrayMaxSize(10, { message: 'contestPrizePoints must have at most 10 places' })
  @IsInt({ each: true, message: 'each value in contestPrizePoints must be a whole number of points' })
  @Min(0, { each: true, message: 'each value in contestPrizePoints must not be negative' })
  @Max(100000, { each: true, message: 'each value in contestPrizePoints must be at most 100000' })
  contestPrizePoints?: number[];
}

export class CreateRewardDto {
  @ApiProperty({ example: 'Company t-shirt' })
  @Transform(trim)
  @IsString({ message: 'name must be a string' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptionalNullable()
  @IsString({ message: 'description must be a string' })
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string | null;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS, example: 150 })
  @IsInt({ message: 'cost must be a whole number of points' })
  @Min(1, { message: 'cost must be at least 1 point' })
  @Max(MAX_POINTS, { message: `cost must be at most ${MAX_POINTS}` })
  cost!: number;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: MAX_POINTS, description: 'Units available; null or absent = unlimited' })
  @IsOptionalNullable()
  @IsInt({ message: 'stock must be a whole number, or null for unlimited' })
  @Min(0, { message: 'stock must not be negative' })
  @Max(MAX_POINTS, { message: `stock must be at most ${MAX_POINTS}` })
  stock?: number | null;

  @ApiPropertyOptional({ default: true })
  @IsOptionalDefined()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class UpdateRewardDto {
  @ApiPropertyOptional()
  @IsOptionalDefined()
  @Transform(trim)
  @IsString({ message: 'name must be a string' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptionalNullable()
  @IsString({ message: 'description must be a string' })
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  @IsOptionalDefined()
  @IsInt({ message: 'cost must be a whole number of points' })
  @Min(1, { message: 'cost must be at least 1 point' })
  @Max(MAX_POINTS, { message: `cost must be at most ${MAX_POINTS}` })
  cost?: number;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: MAX_POINTS, description: 'Units available now; null = unlimited' })
  @IsOptionalNullable()
  @IsInt({ message: 'stock must be a whole number, or null for unlimited' })
  @Min(0, { message: 'stock must not be negative' })
  @Max(MAX_POINTS, { message: `stock must be at most ${MAX_POINTS}` })
  stock?: number | null;

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class RedemptionsQueryDto {
  @ApiPropertyOptional({ enum: REDEMPTION_STATUSES })
  @IsOptionalDefined()
  @IsIn(REDEMPTION_STATUSES, { message: `status must be one of ${REDEMPTION_STATUSES.join(', ')}` })
  status?: RedemptionStatus;
}

export class ApproveRedemptionDto {
  @ApiPropertyOptional({ description: 'E.g. how and when the reward is handed over' })
  @IsOptionalDefined()
  @IsString({ message: 'note must be a string' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string;
}

export class RejectRedemptionDto {
  @ApiProperty({ description: 'Why, for the employee; their points are refunded' })
  @Transform(trim)
  @IsString({ message: 'note must be a string' })
  @IsNotEmpty({ message: 'note must say why the redemption is rejected' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note!: string;
}

export class ContestPrizeDto {
  @ApiProperty({ example: 'Lunch with the CEO' })
  @Transform(trim)
  @IsString({ message: 'title must be a string' })
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100000, description: 'Bonus points; the organisation’s rule for this place when absent' })
  @IsOptionalDefined()
  @IsInt({ message: 'points must be a whole number of points' })
  @Min(0, { message: 'points must not be negative' })
  @Max(100000, { message: 'points must be at most 100000' })
  points?: number;
}

export class CreateContestDto {
  @ApiProperty({ example: 'Sharer of the month' })
  @Transform(trim)
  @IsString({ message: 'name must be a string' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name!: string;

  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsString({ message: 'description must be a string' })
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string;

  @ApiProperty({ example: '2026-04-01', description: 'First day, in the organisation’s timezone' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startsOn must be a date such as 2026-04-01', context: { code: 'validation.calendarDate' } })
  startsOn!: string;

  @ApiProperty({ example: '2026-04-30', description: 'Last day (inclusive), in the organisation’s timezone' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endsOn must be a date such as 2026-04-30', context: { code: 'validation.calendarDate' } })
  endsOn!: string;

  @ApiPropertyOptional({ enum: ['organization', 'team'], default: 'organization' })
  @IsOptionalDefined()
  @IsIn(['organization', 'team'], { message: 'scope must be organization or team' })
  scope?: ContestScope;

  @ApiPropertyOptional({ description: 'Required when scope is team' })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'teamId must be a team id (UUID)' })
  teamId?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_POINTS, default: 0, description: 'Points a participant needs to qualify' })
  @IsOptionalDefined()
  @IsInt({ message: 'minPoints must be a whole number of points' })
  @Min(0, { message: 'minPoints must not be negative' })
  @Max(MAX_POINTS, { message: `minPoints must be at most ${MAX_POINTS}` })
  minPoints?: number;

  @ApiPropertyOptional({ type: [ContestPrizeDto], description: 'First place first' })
  @IsOptionalDefined()
  @IsArray({ message: 'prizes must be a list, first place first' })
  @ArrayMaxSize(10, { message: 'prizes must have at most 10 places' })
  @ValidateNested({ each: true })
  @Type(() => ContestPrizeDto)
  prizes?: ContestPrizeDto[];
}
