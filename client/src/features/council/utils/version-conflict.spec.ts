import { describe, expect, it } from '@jest/globals';
import { ApiError, NetworkError } from '../../../api/api-errors';
import { isVersionConflict } from './version-conflict';

describe('isVersionConflict', () => {
  it('should know every stale-version code and nothing else', () => {
    for (const code of [
      'USER_VERSION_CONFLICT',
      'GROUP_VERSION_CONFLICT',
      'MEMBER_VERSION_CONFLICT',
    ] as const) {
      expect(isVersionConflict(new ApiError(409, 'x', code))).toBe(true);
    }
    expect(isVersionConflict(new ApiError(409, 'x', 'LAST_ADMIN'))).toBe(false);
    expect(isVersionConflict(new ApiError(409, 'x', null))).toBe(false);
    expect(isVersionConflict(new NetworkError(new Error('down')))).toBe(false);
  });
});
