import { DomainError } from '../common/domain.error';

export type MotionsErrorCode =
  | 'MOTION_NOT_FOUND'
  | 'SPONSOR_NOT_FOUND'
  | 'MOTION_VERSION_CONFLICT'
  | 'INVALID_TRANSITION'
  | 'STATUS_NEEDS_VOTE'
  | 'INVALID_MOTION_DATE'
  | 'UNKNOWN_POLICY_AREA'
  | 'CONSULTATION_NOT_FOUND'
  | 'CONSULTATION_VERSION_CONFLICT'
  | 'CONSULTATION_HAS_VOTE'
  | 'CONSULTATION_RAT_FIXED'
  | 'INVALID_CONSULTATION_DATE';

export class MotionsError extends DomainError<MotionsErrorCode> {}
