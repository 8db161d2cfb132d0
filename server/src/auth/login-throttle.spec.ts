import { loadConfig } from '../config/app-config';
import { ConfigService } from '../config/config.service';
import { LoginThrottledError } from './auth.errors';
import { LoginThrottle } from './login-throttle';

function throttle(env: Record<string, string> = {}): LoginThrottle {
  return new LoginThrottle(
    new ConfigService(
      loadConfig(
        {
          LOGIN_THROTTLE_LIMIT: '100',
          LOGIN_ACCOUNT_FAILURE_LIMIT: '3',
          LOGIN_LOCK_BASE_SECONDS: '30',
          LOGIN_LOCK_MAX_SECONDS: '100',
          ...env,
        },
        '/',
      ),
    ),
  );
}

function retryAfter(run: () => void): number | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof LoginThrottledError) return error.retryAfterSeconds;
    throw error;
  }
}

describe('LoginThrottle', () => {
  const now = 1_000_000;

  it('should lock an account after the limit and double the lock up to the maximum', () => {
    const t = throttle();
    const fail = (at: number) => t.recordFailure('rm', `10.0.0.${at % 7}`, at);
    fail(now);
    fail(now);
    expect(retryAfter(() => t.assertAllowed('rm', '10.0.0.9', now))).toBeNull();
    fail(now);
    expect(retryAfter(() => t.assertAllowed('rm', '10.0.0.9', now))).toBe(30);
    fail(now + 31_000);
    expect(retryAfter(() => t.assertAllowed('rm', '10.0.0.9', now + 31_000))).toBe(60);
    fail(now + 92_000);
    expect(retryAfter(() => t.assertAllowed('rm', '10.0.0.9', now + 92_000))).toBe(100);
    expect(retryAfter(() => t.assertAllowed('someone-else', '10.0.0.9', now + 92_000))).toBeNull();
  });

  it('should forget an account’s failures after a success', () => {
    const t = throttle();
    t.recordFailure('rm', 'a', now);
    t.recordFailure('rm', 'a', now);
    t.recordSuccess('rm');
    t.recordFailure('rm', 'a', now);
    t.recordFailure('rm', 'a', now);
    expect(retryAfter(() => t.assertAllowed('rm', 'a', now))).toBeNull();
  });

  it('should refuse an address after LOGIN_THROTTLE_LIMIT failures within a minute', () => {
    const t = throttle({ LOGIN_THROTTLE_LIMIT: '2' });
    t.recordFailure('a', '192.0.2.1', now);
    t.recordFailure('b', '192.0.2.1', now + 10_000);
    expect(retryAfter(() => t.assertAllowed('c', '192.0.2.1', now + 20_000))).toBe(40);
    expect(retryAfter(() => t.assertAllowed('c', '192.0.2.2', now + 20_000))).toBeNull();
    expect(retryAfter(() => t.assertAllowed('c', '192.0.2.1', now + 60_001))).toBeNull();
  });
});
