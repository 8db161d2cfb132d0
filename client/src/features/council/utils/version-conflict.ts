import { ApiError } from '../../../api/api-errors';

/** A refusal of a stale version: 409 with any `*_VERSION_CONFLICT` code of the shared union. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.code?.endsWith('_VERSION_CONFLICT') ?? false);
}
