import { describe, expect, it } from '@jest/globals';
import { ApiError, NetworkError } from './api-errors';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('should ask again after no answer or a server error, twice at most', () => {
    const offline = new NetworkError(new TypeError('Failed to fetch'));
    expect([0, 1, 2].map((count) => shouldRetry(count, offline))).toEqual([true, true, false]);
    expect(shouldRetry(0, new ApiError(503, 'Dienst nicht verfügbar', 'SERVICE_UNAVAILABLE'))).toBe(
      true,
    );
  });

  it('should not ask again when the server refused the request', () => {
    for (const status of [400, 401, 403, 404, 409]) {
      expect(shouldRetry(0, new ApiError(status, 'nein'))).toBe(false);
    }
  });
});
