import { DomainError } from '../common/domain.error';

export type UsersErrorCode = 'USERNAME_TAKEN' | 'USER_GROUP_NOT_FOUND' | 'USER_NOT_FOUND';

export class UsersError extends DomainError<UsersErrorCode> {}
