import { DomainError } from './domain.error';

/** Problems of the request itself, found before any route, guard or validation runs. */
export type RequestErrorCode =
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'MALFORMED_JSON'
  | 'JSON_TOO_DEEP'
  | 'PAYLOAD_TOO_LARGE'
  | 'INVALID_ID';

export class RequestError extends DomainError<RequestErrorCode> {}
