import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalDefined } from './optional';

/** `?limit=`: a whole number of rows from 1 to `max`, `fallback` when absent. */
export function PageLimit(max = 100, fallback = 50, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: max, default: fallback, description }),
    IsOptionalDefined(),
    Type(() => Number),
    IsInt({ message: 'limit must be a whole number' }),
    Min(1, { message: 'limit must be at least 1' }),
    Max(max, { message: `limit must be at most ${max}` }),
  );
}

/** `?cursor=`: the previous page's `nextCursor`. */
export function PageCursor(): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ description: 'nextCursor of the previous page' }), IsOptionalDefined(), IsString(), MaxLength(200));
}

/** `?limit=&cursor=` of a keyset-paged list: pass the previous page's `nextCursor` to go on. */
export class CursorPageQueryDto {
  @PageLimit() limit?: number;
  @PageCursor() cursor?: string;
}
