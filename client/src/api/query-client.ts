import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-errors';

const MAX_RETRIES = 2;

/** Network failures and server errors may pass; a 4xx answer will not change by asking again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return !(error instanceof ApiError) || error.status >= 500;
}

/**
 * The one cache of server state. Nothing refetches on focus or network changes: the live socket
 * writes changes into the cache and invalidates it after a reconnect, so an open screen asks the
 * server only when it mounts or the socket says events may have been missed.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  });
}
