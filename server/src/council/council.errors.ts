import { DomainError } from '../common/domain.error';

export type CouncilErrorCode =
  | 'COUNCIL_NOT_SEEDED'
  | 'GROUP_NOT_FOUND'
  | 'MEMBER_NOT_FOUND'
  | 'INVALID_DATE'
  | 'SWITCH_BEFORE_CURRENT_MEMBERSHIP'
  | 'MAYOR_HAS_NO_GROUP'
  | 'MEMBER_WITHOUT_MEMBERSHIP'
  | 'GROUP_VERSION_CONFLICT'
  | 'MEMBER_VERSION_CONFLICT'
  | 'GROUP_KEY_TAKEN';

export class CouncilError extends DomainError<CouncilErrorCode> {}
