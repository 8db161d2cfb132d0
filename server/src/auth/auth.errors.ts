import { DomainError } from '../common/domain.error';

export type AuthErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'MISSING_TOKEN'
  | 'INVALID_TOKEN'
  | 'FORBIDDEN_ROLE'
  | 'NO_ACCESS_RULE'
  | 'LOGIN_THROTTLED'
  | 'WEAK_PASSWORD'
  | 'WRONG_CURRENT_PASSWORD'
  | 'PASSWORD_UNCHANGED'
  | 'ACCOUNT_DEACTIVATED';

export class AuthError extends DomainError<AuthErrorCode> {}

/** 429 with the seconds until the next attempt may succeed (sent as Retry-After). */
export class LoginThrottledError extends AuthError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'LOGIN_THROTTLED',
      `Zu viele fehlgeschlagene Anmeldeversuche. Bitte in ${retryAfterSeconds} Sekunden erneut versuchen.`,
    );
  }
}
