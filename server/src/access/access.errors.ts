import { DomainError } from '../common/domain.error';

export type AccessErrorCode =
  /** A manager without a coalition group tried coalition work (403). */
  | 'NOT_COALITION_MANAGER'
  /** A coalition manager tried to write another coalition group's line (403). */
  | 'FOREIGN_COALITION_LINE'
  /** An account with role manager must name a coalition group (400). */
  | 'MANAGER_NEEDS_COALITION_GROUP';

export class AccessError extends DomainError<AccessErrorCode> {}
