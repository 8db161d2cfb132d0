import { DomainError } from '../common/domain.error';

export type AuthErrorCode =
  'INVALID_CREDENTIALS' | 'MISSING_TOKEN' | 'INVALID_TOKEN' | 'FORBIDDEN_ROLE' | 'NO_ACCESS_RULE';

export class AuthError extends DomainError<AuthErrorCode> {}
