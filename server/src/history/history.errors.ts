import { DomainError } from '../common/domain.error';

export type HistoryErrorCode = 'INVALID_PERIOD';

export class HistoryError extends DomainError<HistoryErrorCode> {}
