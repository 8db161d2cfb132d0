import { DomainError } from '../common/domain.error';

export type MajorityErrorCode =
  | 'UNKNOWN_GROUP'
  | 'INVALID_ABSENT'
  | 'INVALID_REQUIRED_MAJORITY'
  | 'EXCLUDED_GROUP_FIRM'
  | 'CONFLICTING_GROUPS';

export class MajorityError extends DomainError<MajorityErrorCode> {}
