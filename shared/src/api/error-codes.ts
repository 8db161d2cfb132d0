/**
 * Every `code` an error body can carry (api.md v1.1): clients branch on the code and word the
 * message themselves. The server's domain error codes must be members (its filter checks that at
 * compile time), so a new code has to be added here first. Add codes, never rename or remove.
 */
export const API_ERROR_CODES = [
  // Authentication and sessions
  'INVALID_CREDENTIALS',
  'MISSING_TOKEN',
  'INVALID_TOKEN',
  'FORBIDDEN_ROLE',
  'NO_ACCESS_RULE',
  'LOGIN_THROTTLED',
  'WEAK_PASSWORD',
  'WRONG_CURRENT_PASSWORD',
  'PASSWORD_UNCHANGED',
  // Who may do what
  'NOT_COALITION_MANAGER',
  'FOREIGN_COALITION_LINE',
  'MANAGER_NEEDS_COALITION_GROUP',
  // Who may do what (domain.md)
  'NOT_COALITION_MANAGER',
  'FOREIGN_COALITION_LINE',
  'MANAGER_NEEDS_COALITION_GROUP',
  // Accounts
  'USERNAME_TAKEN',
  'USER_GROUP_NOT_FOUND',
  'USER_NOT_FOUND',
  // Council
  'GROUP_NOT_FOUND',
  'MEMBER_NOT_FOUND',
  'UNKNOWN_GROUP',
  'INVALID_DATE',
  'SWITCH_BEFORE_CURRENT_MEMBERSHIP',
  'MAYOR_HAS_NO_GROUP',
  'MEMBER_WITHOUT_MEMBERSHIP',
  'COUNCIL_NOT_SEEDED',
  // Majority builder
  'INVALID_ABSENT',
  'INVALID_REQUIRED_MAJORITY',
  'EXCLUDED_GROUP_FIRM',
  'CONFLICTING_GROUPS',
  // Motions and whip counts
  'MOTION_NOT_FOUND',
  'SPONSOR_NOT_FOUND',
  'MOTION_VERSION_CONFLICT',
  'INVALID_TRANSITION',
  'INVALID_MOTION_DATE',
  'UNKNOWN_POLICY_AREA',
  'WHIP_GROUP_NOT_FOUND',
  'WHIP_VERSION_CONFLICT',
  'WHIP_CLOSED',
  'INVALID_SPLIT',
  'EXCEEDS_SEATS',
  'INVALID_MEMBER_OVERRIDE',
  // OParl import
  'IMPORT_ALREADY_RUNNING',
  'IMPORT_JOB_NOT_FOUND',
  'OPARL_UNREACHABLE',
  'OPARL_HTTP_ERROR',
  'OPARL_INVALID_JSON',
  'OPARL_INVALID_RESPONSE',
  // Meetings and recorded votes
  'VOTE_NOT_ALLOWED',
  'VOTE_GROUP_NOT_FOUND',
  'VOTE_NOT_FOUND',
  'VOTE_ALREADY_VOID',
  'VOTE_INPUT_REQUIRED',
  'INVALID_BALLOTS',
  'INVALID_GROUP_COUNTS',
  'DRAFT_INCOMPLETE',
  'MEETING_NOT_FOUND',
  'AGENDA_ITEM_NOT_FOUND',
  'AGENDA_MOTION_NOT_FOUND',
  'AGENDA_ITEM_WITHOUT_MOTION',
  'MEETING_NOT_COUNCIL',
  'INVALID_MEETING',
  // History and agreement
  'INVALID_PERIOD',
  'PLEDGE_NOT_FOUND',
  'CHAPTER_NOT_FOUND',
  // The request itself (before any route runs)
  'UNSUPPORTED_MEDIA_TYPE',
  'MALFORMED_JSON',
  'JSON_TOO_DEEP',
  'PAYLOAD_TOO_LARGE',
  'INVALID_ID',
  // Errors not raised by a domain rule
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
