import { ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { IllegalShareTransitionError, ShareChangedConcurrently } from '@chorus/shares';
import { AllExceptionsFilter } from './all-exceptions.filter';

/** The status and body the filter answers an error with, through a stand-in for Express's response. */
function answerTo(error: unknown, filter = new AllExceptionsFilter()): { status: number; body: Record<string, unknown>; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const response = { status: jest.fn(), json: jest.fn(), setHeader: (name: string, value: string) => void (headers[name] = value), headersSent: false };
  response.status.mockReturnValue(response);
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({}) }) } as unknown as ArgumentsHost;
  filter.catch(error, host);
  expect(response.status).toHaveBeenCalledTimes(1);
  expect(response.json).toHaveBeenCalledTimes(1);
  return { status: response.status.mock.calls[0][0] as number, body: response.json.mock.calls[0][0] as Record<string, unknown>, headers };
}

describe('AllExceptionsFilter', () => {
  it('answers an unexpected error with 500 and an error id, and logs that id with the stack', () => {
    const logged: string[] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
    const { status, body } = answerTo(new Error('database exploded'));
    expect(status).toBe(500);
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side. Quote the error id if you contact support.',
      code: 'error.internal',
      params: {},
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(body.message).not.toContain('exploded');
    expect(logged[0]).toContain(`errorId=${String(body.errorId)}`);
    expect(logged[0]).toContain('database exploded');
  });

  it('keeps the shape of HTTP errors, with their sentences', () => {
    expect(answerTo(new BadRequestException(['email must be an email address']))).toMatchObject({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: ['email must be an email address'] },
    });
    expect(answerTo(new NotFoundException('Share not found.'))).toMatchObject({ status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Share not found.' } });
  });

  it('answers an oversized body with 413', () => {
    const { status, body } = answerTo(Object.assign(new Error('too big'), { type: 'entity.too.large', limit: 1048576 }));
    expect(status).toBe(413);
    expect(body).toMatchObject({ message: 'The request body is larger than the limit of 1048576 bytes.', code: 'body.tooLarge', params: { limit: '1048576' } });
  });

  it('answers the share lifecycle’s domain errors with 409 and their sentence', () => {
    expect(answerTo(new IllegalShareTransitionError('published', 'edit'))).toMatchObject({
      status: 409,
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: 'This share is published; it can no longer be edited.',
        code: 'share.transition.locked',
        params: { status: 'share.status.published', action: 'share.action.edit' },
      },
    });
    expect(answerTo(new ShareChangedConcurrently('a-share')).body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'This share changed in the meantime; reload it and try again.',
      code: 'share.changedConcurrently',
      params: {},
    });
  });

  it('answers bytes that are not the compressed data their Content-Encoding names with 400, and an unknown encoding with 415', () => {
    const zlibError = Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR', status: 400, expose: true, type: 'encoding.invalid', encoding: 'gzip' });
    expect(answerTo(zlibError).body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid gzip data, though its Content-Encoding says so.',
      code: 'body.encodingInvalid',
      params: { encoding: 'gzip' },
    });
    expect(answerTo(Object.assign(new Error('unsupported'), { status: 415, type: 'encoding.unsupported', encoding: 'zstd' }))).toMatchObject({
      status: 415,
      body: {
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: 'The request body encoding "zstd" is not supported; send it uncompressed, or as gzip, deflate or br.',
        code: 'body.encodingUnsupported',
        params: { encoding: 'zstd' },
      },
    });
  });

  it('passes on any other client error that Express marks safe to show, and keeps the rest a 500', () => {
    expect(answerTo(Object.assign(new Error('Failed to decode param'), { status: 400, expose: true })).body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Failed to decode param',
      code: 'request.refused',
      params: { detail: 'Failed to decode param' },
    });
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(answerTo(Object.assign(new Error('internal detail'), { status: 400 })).status).toBe(500);
  });

  it('answers a database or Redis out of reach with 503, its sentence and Retry-After, and logs a warning instead of an error id', () => {
    const warned: string[] = [];
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => void warned.push(String(message)));
    const filter = new AllExceptionsFilter({ database: { type: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/chorus' }, redis: { url: 'redis://127.0.0.1:6379', prefix: 'chorus' } } as never);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', port: 5432 });
    expect(answerTo(refused, filter)).toEqual({
      status: 503,
      headers: { 'Retry-After': '5' },
      body: { statusCode: 503, error: 'Service Unavailable', message: 'Chorus cannot reach its database just now. Try again in a moment.', code: 'service.databaseUnavailable', params: {} },
    });
    expect(answerTo(new Error("Stream isn't writeable and enableOfflineQueue options is false"), filter).body).toMatchObject({ statusCode: 503, code: 'service.queueUnavailable' });
    expect(warned).toHaveLength(2);
    expect(warned[0]).toContain('database');
    // Without PostgreSQL and Redis (embedded mode), the same words are a bug like any other.
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(answerTo(new Error('Connection terminated unexpectedly')).status).toBe(500);
  });
});
