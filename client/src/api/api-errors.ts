import type { ApiErrorCode } from '@mehrheitsplaner/shared';

/** An HTTP error with the server's own message and its stable code (api.md error shape). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ApiErrorCode | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** No answer at all (server down, connection lost): fetch itself rejected. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'NetworkError';
  }
}
