import { DomainError } from '../common/domain.error';

export type WhipErrorCode =
  | 'WHIP_GROUP_NOT_FOUND'
  | 'WHIP_VERSION_CONFLICT'
  | 'WHIP_CLOSED'
  | 'INVALID_SPLIT'
  | 'EXCEEDS_SEATS'
  | 'INVALID_MEMBER_OVERRIDE';

export class WhipError extends DomainError<WhipErrorCode> {}
