import { DomainError } from '../common/domain.error';

export type OparlErrorCode =
  | 'OPARL_UNREACHABLE'
  | 'OPARL_HTTP_ERROR'
  | 'OPARL_INVALID_JSON'
  | 'OPARL_INVALID_RESPONSE'
  | 'IMPORT_JOB_NOT_FOUND'
  | 'IMPORT_ALREADY_RUNNING'
  | 'IMPORT_JOBS_UNAVAILABLE';

export class OparlError extends DomainError<OparlErrorCode> {}
