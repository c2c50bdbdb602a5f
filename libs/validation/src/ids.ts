import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { IsOptionalDefined } from './optional';

/** An optional `teamIds` list: at most `max` team ids (UUIDs), with no repeats when `unique`. */
export function OptionalTeamIds(options: { max: number; unique?: boolean; description?: string }): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], description: options.description }),
    IsOptionalDefined(),
    IsArray(),
    ArrayMaxSize(options.max),
    ...(options.unique ? [ArrayUnique()] : []),
    IsUUID('all', { each: true, message: 'each value in teamIds must be a team id (UUID)' }),
  );
}
