import { DomainError } from '../common/domain.error';

export type MeetingsErrorCode =
  | 'MEETING_NOT_FOUND'
  | 'AGENDA_ITEM_NOT_FOUND'
  | 'AGENDA_MOTION_NOT_FOUND'
  | 'AGENDA_ITEM_WITHOUT_MOTION'
  | 'MEETING_NOT_COUNCIL'
  | 'INVALID_MEETING';

export class MeetingsError extends DomainError<MeetingsErrorCode> {}
