import { DomainError } from '../common/domain.error';

export type VotesErrorCode =
  | 'VOTE_INPUT_REQUIRED'
  | 'INVALID_BALLOTS'
  | 'INVALID_GROUP_COUNTS'
  | 'VOTE_GROUP_NOT_FOUND'
  | 'VOTE_NOT_FOUND'
  | 'VOTE_ALREADY_VOID'
  | 'VOTE_NOT_ALLOWED'
  | 'DRAFT_INCOMPLETE';

export class VotesError extends DomainError<VotesErrorCode> {}
