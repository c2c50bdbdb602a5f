import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CursorPageQueryDto, IsOptionalDefined } from '@chorus/validation';

export class NotificationsQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only unread notifications' })
  @IsOptionalDefined()
  @IsIn(['true', 'false'], { message: 'unread must be true or false' })
  unread?: 'true' | 'false';
}
