import { API_ERROR_CODES } from '@mehrheitsplaner/shared';
import type { ApiErrorCode } from '@mehrheitsplaner/shared';
import { ApiError, NetworkError } from '../api/api-errors';
import type { MessageKey } from './messages.de';

type Translate = (key: MessageKey, params?: Record<string, string>) => string;

/** The catalogue key of an error code: every code of the shared union has one. */
export function errorKey(code: ApiErrorCode): MessageKey {
  return `error.${code}`;
}

function isKnownCode(code: string | null): code is ApiErrorCode {
  return code !== null && (API_ERROR_CODES as readonly string[]).includes(code);
}

/** A browser's own words for a request without an answer, should one pass by the API client. */
const FETCH_FAILURE = /failed to fetch|networkerror|network error|load failed/i;

function isFetchFailure(error: unknown): boolean {
  return error instanceof TypeError && FETCH_FAILURE.test(error.message);
}

/**
 * An error in the user's language: the client's own words for the error body's code; the
 * server's (German) message only for an answer without a code this client knows; a request that
 * got no answer at all ("Failed to fetch") as a network error.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    return isKnownCode(error.code)
      ? t(errorKey(error.code), { message: error.message })
      : error.message;
  }
  if (error instanceof NetworkError || isFetchFailure(error)) return t('error.network');
  return t('error.unknown', { message: error instanceof Error ? error.message : String(error) });
}

/** Whether an error is the given code (branch on codes, never on HTTP statuses). */
export function hasCode(error: unknown, code: ApiErrorCode): boolean {
  return error instanceof ApiError && error.code === code;
}
