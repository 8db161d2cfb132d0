import { DomainError } from '../common/domain.error';

export type UsersErrorCode =
  | 'USERNAME_TAKEN'
  | 'USER_GROUP_NOT_FOUND'
  | 'USER_NOT_FOUND'
  | 'USER_VERSION_CONFLICT'
  | 'OWN_ACCOUNT_PROTECTED'
  | 'LAST_ADMIN';

export class UsersError extends DomainError<UsersErrorCode> {}
