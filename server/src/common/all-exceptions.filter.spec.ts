import { BadRequestException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { AuthError } from '../auth/auth.errors';
import { CouncilError } from '../council/council.errors';
import { MajorityError } from '../majority/majority.errors';
import { MotionsError } from '../motions/motions.errors';
import { UsersError } from '../users/users.errors';
import { WhipError } from '../whip/whip.errors';
import { statusOfDomainError, toErrorBody } from './all-exceptions.filter';

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

  it('should shape a domain error as { statusCode, error, message }', () => {
    expect(toErrorBody(new CouncilError('MEMBER_NOT_FOUND', 'Mitglied fehlt'), logger)).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Mitglied fehlt',
    });
  });

  it('should keep validation messages of an HttpException', () => {
    const body = toErrorBody(new BadRequestException(['color must be a hex colour']), logger);
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['color must be a hex colour'],
    });
  });

  it('should pass the throttler 429 through', () => {
    expect(toErrorBody(new ThrottlerException(), logger)).toMatchObject({
      statusCode: HttpStatus.TOO_MANY_REQUESTS,
      error: 'Too Many Requests',
    });
  });

  it('should hide an unexpected error behind a generic 500 with a logged correlation id', () => {
    const body = toErrorBody(new Error('SQLITE_BUSY at /secret/path.ts:12'), logger);
    expect(body.statusCode).toBe(500);
    expect(body.error).toBe('Internal Server Error');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.message).toContain(body.correlationId);
    expect(logged).toHaveLength(1);
    expect(String(logged[0][0])).toContain(body.correlationId);
    expect(String(logged[0][1])).toContain('SQLITE_BUSY');
  });

  it('should turn a malformed JSON body error into a 400', () => {
    const parseError = Object.assign(new SyntaxError('Unexpected token'), {
      type: 'entity.parse.failed',
      status: 400,
    });
    expect(toErrorBody(parseError, logger)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Malformed JSON body',
    });
  });
});
