import { ImportRowError } from '@chorus/identity';
import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTooManyRequestsResponse } from '@nestjs/swagger';

const PARAMS_SCHEMA = { type: 'object' as const, additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } };

/** One problem of a refused request, with its code; `field` names the request field it is about. */
export class ErrorDetail {
  @ApiPropertyOptional({ description: "The field's path in the request, as in the sentence (e.g. weeklySlots.0.time); absent when the problem is not about one field", example: 'pointsMultiplier' })
  field?: string;
  @ApiProperty({ description: 'The stable code of the problem (libs/messages); validation rules are validation.<rule>', example: 'validation.max' }) code!: string;
  @ApiProperty({ ...PARAMS_SCHEMA, description: "The problem's parameters: the field and the rule's arguments", example: { field: 'pointsMultiplier', max: 10 } })
  params!: Record<string, string | number>;
  @ApiProperty({ example: 'pointsMultiplier must not be greater than 10' }) message!: string;
}

/** Every error answer, as AllExceptionsFilter writes it. */
export class ErrorResponse {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'Sentences for a person: one, or one per problem (e.g. each invalid field)',
    example: ['email must be an email address'],
  })
  message!: string | string[];
  @ApiPropertyOptional({ description: 'On 5xx answers: quote it to support; the server logged it with the details.' }) errorId?: string;
  @ApiPropertyOptional({ description: 'The stable code of the message (libs/messages), which the web app translates', example: 'error.notFound' }) code?: string;
  @ApiPropertyOptional({ ...PARAMS_SCHEMA, description: "The message's parameters, to fill the translated sentence" })
  params?: Record<string, string | number>;
  @ApiPropertyOptional({
    type: [ErrorDetail],
    description: 'The problems one by one, each with its code and, when it is about one, its field: every invalid field of a validation error (the same sentences as `message`), or each rule that blocks an approval',
  })
  errors?: ErrorDetail[];
}

/** A CSV import that was refused: nothing was written, and every problem is named. */
export class ImportFailedResponse extends ErrorResponse {
  @ApiProperty({ type: [ImportRowError] }) rows!: ImportRowError[];
  @ApiProperty({ description: 'How many problems there are in all; `rows` lists at most the first 50' }) problemCount!: number;
}

/**
 * Documents the error answers of every route of a controller. Routes add the answers worth
 * naming on their own (429 on rate-limited routes, 422 on an import).
 */
export const ApiErrorResponses = () =>
  applyDecorators(
    ApiExtraModels(ErrorResponse),
    ApiResponse({ status: '4XX', description: 'The request was refused: bad input, not signed in, not allowed, not found, or a conflict.', type: ErrorResponse }),
    ApiResponse({ status: '5XX', description: 'The server failed; the answer carries an errorId.', type: ErrorResponse }),
  );

/** The 429 of a rate-limited route (see RateLimited). */
export const ApiRateLimitedResponse = () =>
  ApiTooManyRequestsResponse({
    description: "Over this route's limits; nothing was done. Wait as long as Retry-After says.",
    type: ErrorResponse,
    headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
  });
