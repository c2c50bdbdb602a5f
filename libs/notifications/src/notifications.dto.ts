import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalDefined } from '@chorus/validation';

export class NotificationsQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only unread notifications' })
  @IsOptionalDefined()
  @IsIn(['true', 'false'], { message: 'unread must be true or false' })
  unread?: 'true' | 'false';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptionalDefined()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(100, { message: 'limit must be at most 100' })
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptionalDefined()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
