import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { SHARE_STATUSES, ShareStatus } from './share-status';
import { IsIsoDateTime, IsOptionalDefined, PageCursor, PageLimit } from '@chorus/validation';

export class CreateShareDto {
  @ApiProperty()
  @IsUUID('all', { message: 'postId must be a post id (UUID)' })
  postId!: string;

  @ApiProperty({ description: 'One of your connected accounts (GET /connections)' })
  @IsUUID('all', { message: 'connectionId must be a connection id (UUID)' })
  connectionId!: string;

  @ApiProperty({ description: 'Your own words. The required disclosure is added for you.' })
  @IsString()
  @IsNotEmpty({ message: 'commentary must not be empty: write what you want to say' })
  @MaxLength(3000, { message: 'commentary must be at most 3,000 characters' })
  commentary!: string;
}

export class UpdateShareDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'commentary must not be empty: write what you want to say' })
  @MaxLength(3000, { message: 'commentary must be at most 3,000 characters' })
  commentary!: string;
}

export class ScheduleShareDto {
  @ApiPropertyOptional({ example: '2026-12-01T02:00:00Z', description: 'A time in the future (UTC, ISO 8601)' })
  @IsOptionalDefined()
  @IsIsoDateTime({ message: 'at must be an ISO 8601 date-time such as 2026-12-01T02:00:00Z' })
  at?: string;

  @ApiPropertyOptional({ enum: ['next'], description: 'Take the next free weekly slot instead of a time' })
  @IsOptionalDefined()
  @IsIn(['next'], { message: 'slot must be "next"' })
  slot?: 'next';
}

export class ListSharesQueryDto {
  @ApiPropertyOptional({ enum: SHARE_STATUSES })
  @IsOptionalDefined()
  @IsIn(SHARE_STATUSES, { message: `status must be one of ${SHARE_STATUSES.join(', ')}` })
  status?: ShareStatus;
}

export class ReviewDecisionDto {
  @ApiPropertyOptional({ description: 'Why; required when rejecting' })
  @IsOptionalDefined()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RejectReviewDto {
  @ApiProperty({ description: 'What the employee should change' })
  @IsString()
  @IsNotEmpty({ message: 'note must say what the employee should change' })
  @MaxLength(2000)
  note!: string;
}

export class AuditLogQueryDto {
  @ApiPropertyOptional()
  @IsOptionalDefined()
  @IsUUID('all', { message: 'shareId must be a share id (UUID)' })
  shareId?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 })
  @IsOptionalDefined()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class AuditEventsQueryDto {
  @ApiPropertyOptional({ description: "Only this share's history" })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'shareId must be a share id (UUID)' })
  shareId?: string;

  @ApiPropertyOptional({ description: 'Only what this person did, and what happened to them or their shares' })
  @IsOptionalDefined()
  @IsUUID('all', { message: 'userId must be a user id (UUID)' })
  userId?: string;

  @ApiPropertyOptional({ example: 'user.rolesChanged', description: 'A share action (approve, publish_succeeded, …) or an admin action (policy.published, …)' })
  @IsOptionalDefined()
  @Matches(/^[a-z_]+(\.[a-zA-Z]+)?$/, { message: 'action must be an action name such as approve or user.rolesChanged' })
  @MaxLength(60)
  action?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant on' })
  @IsOptionalDefined()
  @IsIsoDateTime()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this instant' })
  @IsOptionalDefined()
  @IsIsoDateTime()
  to?: string;

  @PageLimit(200) limit?: number;
  @PageCursor() cursor?: string;
}
