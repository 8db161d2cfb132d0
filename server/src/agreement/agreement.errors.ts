import { DomainError } from '../common/domain.error';

export type AgreementErrorCode = 'PLEDGE_NOT_FOUND' | 'CHAPTER_NOT_FOUND';

export class AgreementError extends DomainError<AgreementErrorCode> {}
