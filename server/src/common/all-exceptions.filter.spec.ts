import { BadRequestException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { AuthError } from '../auth/auth.errors';
import { CouncilError } from '../council/council.errors';
import { MajorityError } from '../majority/majority.errors';
import { MotionsError } from '../motions/motions.errors';
import { UsersError } from '../users/users.errors';
import { WhipError } from '../whip/whip.errors';
import { statusOfDomainError, toErrorBody } from './all-exceptions.filter';
import { RequestError } from './request.errors';

describe('AllExceptionsFilter', () => {
  const logger = new Logger('test');
  let logged: unknown[][];

  beforeEach(() => {
    logged = [];
    jest.spyOn(logger, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
  });

  it('should map domain error codes to their HTTP statuses', () => {
    expect(statusOfDomainError(new AuthError('INVALID_TOKEN', 'x'))).toBe(401);
    expect(statusOfDomainError(new AuthError('FORBIDDEN_ROLE', 'x'))).toBe(403);
    expect(statusOfDomainError(new UsersError('USERNAME_TAKEN', 'x'))).toBe(409);
    expect(statusOfDomainError(new CouncilError('GROUP_NOT_FOUND', 'x'))).toBe(404);
    expect(statusOfDomainError(new MajorityError('INVALID_ABSENT', 'x'))).toBe(400);
    expect(statusOfDomainError(new MotionsError('MOTION_VERSION_CONFLICT', 'x'))).toBe(409);
    expect(statusOfDomainError(new MotionsError('SPONSOR_NOT_FOUND', 'x'))).toBe(404);
    expect(statusOfDomainError(new WhipError('WHIP_CLOSED', 'x'))).toBe(409);
    expect(statusOfDomainError(new WhipError('EXCEEDS_SEATS', 'x'))).toBe(400);
  });

  it('should shape a domain error as { statusCode, error, message, code }', () => {
    expect(toErrorBody(new CouncilError('MEMBER_NOT_FOUND', 'Mitglied fehlt'), logger)).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Mitglied fehlt',
      code: 'MEMBER_NOT_FOUND',
    });
  });

  it('should keep validation messages of an HttpException', () => {
    const body = toErrorBody(new BadRequestException(['color must be a hex colour']), logger);
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['color must be a hex colour'],
      code: 'VALIDATION_FAILED',
    });
  });

  it('should pass the throttler 429 through', () => {
    expect(toErrorBody(new ThrottlerException(), logger)).toMatchObject({
      statusCode: HttpStatus.TOO_MANY_REQUESTS,
      error: 'Too Many Requests',
      code: 'TOO_MANY_REQUESTS',
    });
  });

  it('should hide an unexpected error behind a generic 500 with a logged correlation id', () => {
    const body = toErrorBody(new Error('SQLITE_BUSY at /secret/path.ts:12'), logger);
    expect(body.statusCode).toBe(500);
    expect(body.error).toBe('Internal Server Error');
    expect(body.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.message).toContain(body.correlationId);
    expect(logged).toHaveLength(1);
    expect(String(logged[0][0])).toContain(body.correlationId);
    expect(String(logged[0][1])).toContain('SQLITE_BUSY');
  });

  it("should use the request's id as the correlation id, so answer and log lines share it", () => {
    const body = toErrorBody(new Error('boom'), logger, 'f5a0c2de-5f0e-4f43-9c55-0d6b0d1b2c3d');
    expect(body.correlationId).toBe('f5a0c2de-5f0e-4f43-9c55-0d6b0d1b2c3d');
    expect(body.message).toContain('f5a0c2de-5f0e-4f43-9c55-0d6b0d1b2c3d');
    expect(String(logged[0][0])).toContain('f5a0c2de-5f0e-4f43-9c55-0d6b0d1b2c3d');
  });

  it('should turn a malformed JSON body error into a coded 400', () => {
    const parseError = Object.assign(new SyntaxError('Unexpected token'), {
      type: 'entity.parse.failed',
      status: 400,
    });
    expect(toErrorBody(parseError, logger)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Der Inhalt ist kein gültiges JSON',
      code: 'MALFORMED_JSON',
    });
  });

  it('should answer an unsupported charset with 415, not a logged 500', () => {
    const charsetError = Object.assign(new Error('unsupported charset "LATIN1"'), {
      type: 'charset.unsupported',
      status: 415,
    });
    expect(toErrorBody(charsetError, logger)).toMatchObject({
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(logged).toHaveLength(0);
  });

  it('should word a request error as 400 INVALID_ID', () => {
    expect(toErrorBody(new RequestError('INVALID_ID', 'Ungültige Kennung'), logger)).toMatchObject({
      statusCode: 400,
      code: 'INVALID_ID',
    });
  });
});
