import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { assertUnreachable, type ApiError, type ApiErrorCode } from '@mehrheitsplaner/shared';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { AccessError } from '../access/access.errors';
import { AuthError, LoginThrottledError } from '../auth/auth.errors';
import { BodiesError } from '../bodies/bodies.errors';
import { CouncilError } from '../council/council.errors';
import { MajorityError } from '../majority/majority.errors';
import { MotionsError } from '../motions/motions.errors';
import { OparlError } from '../oparl/oparl.errors';
import { UsersError } from '../users/users.errors';
import { WhipError } from '../whip/whip.errors';
import { VotesError } from '../votes/votes.errors';
import { MeetingsError } from '../meetings/meetings.errors';
import { HistoryError } from '../history/history.errors';
import { AgreementError } from '../agreement/agreement.errors';
import { isBodyParserError, toRequestError } from './json-body';
import { requestIdOf } from './request-id';
import { RequestError } from './request.errors';

export type AppDomainError =
  | AccessError
  | AuthError
  | UsersError
  | CouncilError
  | BodiesError
  | MajorityError
  | MotionsError
  | WhipError
  | OparlError
  | VotesError
  | MeetingsError
  | HistoryError
  | AgreementError
  | RequestError;

export function isAppDomainError(error: unknown): error is AppDomainError {
  return (
    error instanceof AccessError ||
    error instanceof AuthError ||
    error instanceof UsersError ||
    error instanceof CouncilError ||
    error instanceof BodiesError ||
    error instanceof MajorityError ||
    error instanceof MotionsError ||
    error instanceof WhipError ||
    error instanceof OparlError ||
    error instanceof VotesError ||
    error instanceof MeetingsError ||
    error instanceof HistoryError ||
    error instanceof AgreementError ||
    error instanceof RequestError
  );
}

/** The one mapping from domain error codes to HTTP statuses. */
export function statusOfDomainError(error: AppDomainError): HttpStatus {
  const code = error.code;
  switch (code) {
    case 'INVALID_CREDENTIALS':
    case 'MISSING_TOKEN':
    case 'INVALID_TOKEN':
      return HttpStatus.UNAUTHORIZED;
    case 'FORBIDDEN_ROLE':
    case 'NO_ACCESS_RULE':
    case 'NOT_COALITION_MANAGER':
    case 'FOREIGN_COALITION_LINE':
    case 'WRONG_CURRENT_PASSWORD':
    case 'OWN_ACCOUNT_PROTECTED':
    case 'ACCOUNT_DEACTIVATED':
      return HttpStatus.FORBIDDEN;
    case 'LOGIN_THROTTLED':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case 'PAYLOAD_TOO_LARGE':
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case 'USERNAME_TAKEN':
    case 'MOTION_VERSION_CONFLICT':
    case 'INVALID_TRANSITION':
    case 'STATUS_NEEDS_VOTE':
    case 'WHIP_VERSION_CONFLICT':
    case 'WHIP_CLOSED':
    case 'CONSULTATION_VERSION_CONFLICT':
    case 'CONSULTATION_HAS_VOTE':
    case 'CONSULTATION_RAT_FIXED':
    case 'IMPORT_ALREADY_RUNNING':
    case 'VOTE_NOT_ALLOWED':
    case 'VOTE_ALREADY_VOID':
    case 'USER_VERSION_CONFLICT':
    case 'LAST_ADMIN':
    case 'GROUP_VERSION_CONFLICT':
    case 'MEMBER_VERSION_CONFLICT':
    case 'GROUP_KEY_TAKEN':
    case 'BODY_KEY_TAKEN':
    case 'BODY_VERSION_CONFLICT':
    case 'BODY_MEMBERSHIP_OVERLAP':
    case 'BODY_MEMBERSHIP_VERSION_CONFLICT':
    case 'BODY_CHAIR_TAKEN':
      return HttpStatus.CONFLICT;
    case 'USER_GROUP_NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'GROUP_NOT_FOUND':
    case 'MEMBER_NOT_FOUND':
    case 'UNKNOWN_GROUP':
    case 'MOTION_NOT_FOUND':
    case 'SPONSOR_NOT_FOUND':
    case 'WHIP_GROUP_NOT_FOUND':
    case 'CONSULTATION_NOT_FOUND':
    case 'IMPORT_JOB_NOT_FOUND':
    case 'VOTE_GROUP_NOT_FOUND':
    case 'VOTE_NOT_FOUND':
    case 'MEETING_NOT_FOUND':
    case 'AGENDA_ITEM_NOT_FOUND':
    case 'AGENDA_MOTION_NOT_FOUND':
    case 'PLEDGE_NOT_FOUND':
    case 'CHAPTER_NOT_FOUND':
    case 'BODY_NOT_FOUND':
    case 'BODY_MEMBERSHIP_NOT_FOUND':
      return HttpStatus.NOT_FOUND;
    case 'MANAGER_NEEDS_COALITION_GROUP':
    case 'INVALID_DATE':
    case 'SWITCH_BEFORE_CURRENT_MEMBERSHIP':
    case 'MAYOR_HAS_NO_GROUP':
    case 'MEMBER_WITHOUT_MEMBERSHIP':
    case 'INVALID_ABSENT':
    case 'INVALID_REQUIRED_MAJORITY':
    case 'EXCLUDED_GROUP_FIRM':
    case 'CONFLICTING_GROUPS':
    case 'INVALID_MOTION_DATE':
    case 'UNKNOWN_POLICY_AREA':
    case 'INVALID_CONSULTATION_DATE':
    case 'INVALID_SPLIT':
    case 'EXCEEDS_SEATS':
    case 'INVALID_MEMBER_OVERRIDE':
    case 'VOTE_INPUT_REQUIRED':
    case 'INVALID_BALLOTS':
    case 'INVALID_GROUP_COUNTS':
    case 'DRAFT_INCOMPLETE':
    case 'AGENDA_ITEM_WITHOUT_MOTION':
    case 'MEETING_NOT_COUNCIL':
    case 'INVALID_MEETING':
    case 'BODY_IS_COUNCIL':
    case 'COUNCIL_RULES_FIXED':
    case 'BODY_MEMBER_PERSON_REQUIRED':
    case 'INVALID_PERIOD':
    case 'MALFORMED_JSON':
    case 'JSON_TOO_DEEP':
    case 'INVALID_ID':
    case 'WEAK_PASSWORD':
    case 'PASSWORD_UNCHANGED':
      return HttpStatus.BAD_REQUEST;
    case 'OPARL_UNREACHABLE':
    case 'OPARL_HTTP_ERROR':
    case 'OPARL_INVALID_JSON':
    case 'OPARL_INVALID_RESPONSE':
      return HttpStatus.BAD_GATEWAY;
    case 'COUNCIL_NOT_SEEDED':
    case 'IMPORT_JOBS_UNAVAILABLE':
      return HttpStatus.SERVICE_UNAVAILABLE;
    default:
      return assertUnreachable(code);
  }
}

const STATUS_TEXT: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function statusText(status: number): string {
  return STATUS_TEXT[status] ?? (status >= 500 ? 'Server Error' : 'Error');
}

function isMessage(value: unknown): value is string | string[] {
  return (
    typeof value === 'string' ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}

/** The code of an HttpException that no domain rule raised (validation, routing, throttling). */
function codeOfStatus(status: number, message: string | string[]): ApiErrorCode {
  switch (status) {
    case 400:
      return Array.isArray(message) ? 'VALIDATION_FAILED' : 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  }
}

/** Nest's and Express's own English texts (unknown route, bad path encoding), in German. */
function germanMessage(status: number, message: string | string[]): string | string[] {
  if (status === 404 && typeof message === 'string' && message.startsWith('Cannot ')) {
    return 'Diese Adresse gibt es nicht';
  }
  if (status === 400 && typeof message === 'string' && message.startsWith('Failed to decode')) {
    return 'Die Adresse enthält eine ungültige Zeichenkodierung';
  }
  if (status === 429) return 'Zu viele Anfragen, bitte später erneut versuchen';
  return message;
}

export type ErrorBody = ApiError & { correlationId?: string };

function domainErrorBody(error: AppDomainError): ErrorBody {
  const status = statusOfDomainError(error);
  // Assigning to the shared union makes a domain code missing from shared/ a compile error.
  const code: ApiErrorCode = error.code;
  return { statusCode: status, error: statusText(status), message: error.message, code };
}

/**
 * Turns anything thrown into `{ statusCode, error, message, code }`. Domain errors map by code,
 * HttpExceptions (validation, throttling, unknown routes) keep their status, body-parser errors
 * become coded request errors, and everything else a generic 500 with a logged correlation id:
 * the request's id (X-Request-Id, in its log lines too) when there is one.
 */
export function toErrorBody(exception: unknown, logger: Logger, requestId?: string): ErrorBody {
  if (isAppDomainError(exception)) return domainErrorBody(exception);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const body = (typeof response === 'string' ? { message: response } : response) as {
      message?: unknown;
      error?: unknown;
    };
    const message = germanMessage(
      status,
      isMessage(body.message) ? body.message : exception.message,
    );
    const error = typeof body.error === 'string' ? body.error : statusText(status);
    return { statusCode: status, error, message, code: codeOfStatus(status, message) };
  }
  if (isBodyParserError(exception)) return domainErrorBody(toRequestError(exception));
  const correlationId = requestId ?? randomUUID();
  const detail = exception instanceof Error ? (exception.stack ?? exception.message) : exception;
  logger.error(`Unexpected error [${correlationId}]`, detail);
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    error: statusText(500),
    message: `Interner Fehler (Referenz ${correlationId})`,
    code: 'INTERNAL_ERROR',
    correlationId,
  };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const body = toErrorBody(exception, this.logger, requestIdOf(http.getRequest<Request>()));
    if (response.headersSent) return;
    if (exception instanceof LoginThrottledError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    response.status(body.statusCode).json(body);
  }
}
