import { DomainError } from '../common/domain.error';

export type BodiesErrorCode =
  | 'BODY_NOT_FOUND'
  | 'BODY_KEY_TAKEN'
  | 'BODY_VERSION_CONFLICT'
  | 'BODY_IS_COUNCIL'
  | 'COUNCIL_RULES_FIXED'
  | 'BODY_MEMBERSHIP_NOT_FOUND'
  | 'BODY_MEMBERSHIP_OVERLAP'
  | 'BODY_MEMBERSHIP_VERSION_CONFLICT'
  | 'BODY_CHAIR_TAKEN'
  | 'BODY_MEMBER_PERSON_REQUIRED'
  | 'INVALID_DATE';

export class BodiesError extends DomainError<BodiesErrorCode> {}
