import { ArgumentsHost, BadRequestException, Logger, NotFoundException } from '@nestjs/common';
import { IllegalShareTransitionError, ShareChangedConcurrently } from '@chorus/shares';
import { AllExceptionsFilter } from './all-exceptions.filter';

function hostFor(response: { status: jest.Mock; json: jest.Mock; headersSent?: boolean }): ArgumentsHost {
  return { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({}) }) } as unknown as ArgumentsHost;
}

function fakeResponse() {
  const response = { status: jest.fn(), json: jest.fn(), headersSent: false };
  response.status.mockReturnValue(response);
  return response;
}

describe('AllExceptionsFilter', () => {
  it('answers an unexpected error with 500 and an error id, and logs that id with the stack', () => {
    const logged: string[] = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
    const response = fakeResponse();
    new AllExceptionsFilter().catch(new Error('database exploded'), hostFor(response));
    expect(response.status).toHaveBeenCalledWith(500);
    const body = response.json.mock.calls[0][0];
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side. Quote the error id if you contact support.',
      code: 'error.internal',
      params: {},
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(body.message).not.toContain('exploded');
    expect(logged[0]).toContain(`errorId=${body.errorId}`);
    expect(logged[0]).toContain('database exploded');
  });

  it('keeps the shape of HTTP errors, with their sentences', () => {
    const response = fakeResponse();
    new AllExceptionsFilter().catch(new BadRequestException(['email must be an email address']), hostFor(response));
    expect(response.json).toHaveBeenCalledWith({ statusCode: 400, error: 'Bad Request', message: ['email must be an email address'] });
    const notFound = fakeResponse();
    new AllExceptionsFilter().catch(new NotFoundException('Share not found.'), hostFor(notFound));
    expect(notFound.json).toHaveBeenCalledWith({ statusCode: 404, error: 'Not Found', message: 'Share not found.' });
  });

  it('answers an oversized body with 413', () => {
    const response = fakeResponse();
    new AllExceptionsFilter().catch(Object.assign(new Error('too big'), { type: 'entity.too.large', limit: 1048576 }), hostFor(response));
    expect(response.status).toHaveBeenCalledWith(413);
    expect(response.json.mock.calls[0][0]).toMatchObject({ message: 'The request body is larger than the limit of 1048576 bytes.', code: 'body.tooLarge', params: { limit: '1048576' } });
  });

  it('answers the share lifecycle’s domain errors with 409 and their sentence', () => {
    const illegal = fakeResponse();
    new AllExceptionsFilter().catch(new IllegalShareTransitionError('published', 'edit'), hostFor(illegal));
    expect(illegal.status).toHaveBeenCalledWith(409);
    expect(illegal.json).toHaveBeenCalledWith({
      statusCode: 409,
      error: 'Conflict',
      message: 'This share is published; it can no longer be edited.',
      code: 'share.transition.locked',
      params: { status: 'share.status.published', action: 'share.action.edit' },
    });
    const raced = fakeResponse();
    new AllExceptionsFilter().catch(new ShareChangedConcurrently('a-share'), hostFor(raced));
    expect(raced.json).toHaveBeenCalledWith({ statusCode: 409, error: 'Conflict', message: 'This share changed in the meantime; reload it and try again.', code: 'share.changedConcurrently', params: {} });
  });

  it('answers bytes that are not the compressed data their Content-Encoding names with 400, and an unknown encoding with 415', () => {
    const invalid = fakeResponse();
    const zlibError = Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR', status: 400, expose: true, type: 'encoding.invalid', encoding: 'gzip' });
    new AllExceptionsFilter().catch(zlibError, hostFor(invalid));
    expect(invalid.json).toHaveBeenCalledWith({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid gzip data, though its Content-Encoding says so.',
      code: 'body.encodingInvalid',
      params: { encoding: 'gzip' },
    });
    const unknown = fakeResponse();
    new AllExceptionsFilter().catch(Object.assign(new Error('unsupported'), { status: 415, type: 'encoding.unsupported', encoding: 'zstd' }), hostFor(unknown));
    expect(unknown.json).toHaveBeenCalledWith({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: 'The request body encoding "zstd" is not supported; send it uncompressed, or as gzip, deflate or br.',
      code: 'body.encodingUnsupported',
      params: { encoding: 'zstd' },
    });
  });

  it('passes on any other client error that Express marks safe to show, and keeps the rest a 500', () => {
    const exposed = fakeResponse();
    new AllExceptionsFilter().catch(Object.assign(new Error('Failed to decode param'), { status: 400, expose: true }), hostFor(exposed));
    expect(exposed.json).toHaveBeenCalledWith({ statusCode: 400, error: 'Bad Request', message: 'Failed to decode param', code: 'request.refused', params: { detail: 'Failed to decode param' } });
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const hidden = fakeResponse();
    new AllExceptionsFilter().catch(Object.assign(new Error('internal detail'), { status: 400 }), hostFor(hidden));
    expect(hidden.status).toHaveBeenCalledWith(500);
  });
});
