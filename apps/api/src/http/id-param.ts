import { userMessage } from '@chorus/messages';
import { NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';

/**
 * A path id. Something that is not a UUID cannot name a row, so it answers 404 like any
 * other id the caller cannot see.
 */
export const IdParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ version: undefined, exceptionFactory: () => new NotFoundException(userMessage('error.notFound')) }));
