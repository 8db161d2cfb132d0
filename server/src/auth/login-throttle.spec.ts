import { loadConfig } from '../config/app-config';
import { ConfigService } from '../config/config.service';
import { RedisService } from '../redis/redis.service';
import { LoginThrottledError } from './auth.errors';
import { LoginThrottle } from './login-throttle';

/** Without REDIS_URL: counted in this process, as before several instances existed. */
async function throttle(env: Record<string, string> = {}): Promise<LoginThrottle> {
  const config = loadConfig(
    {
      LOGIN_THROTTLE_LIMIT: '100',
      LOGIN_ACCOUNT_FAILURE_LIMIT: '3',
      LOGIN_LOCK_BASE_SECONDS: '30',
      LOGIN_LOCK_MAX_SECONDS: '100',
      ...env,
    },
    '/',
  );
  return new LoginThrottle(new ConfigService(config), await RedisService.connect(config.redisUrl));
}

async function retryAfter(run: () => Promise<void>): Promise<number | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof LoginThrottledError) return error.retryAfterSeconds;
    throw error;
  }
}

describe('LoginThrottle', () => {
  const now = 1_000_000;

  it('should lock an account after the limit and double the lock up to the maximum', async () => {
    const t = await throttle();
    const fail = (at: number) => t.recordFailure('rm', `10.0.0.${at % 7}`, at);
    await fail(now);
    await fail(now);
    expect(await retryAfter(() => t.assertAllowed('rm', '10.0.0.9', now))).toBeNull();
    await fail(now);
    expect(await retryAfter(() => t.assertAllowed('rm', '10.0.0.9', now))).toBe(30);
    await fail(now + 31_000);
    expect(await retryAfter(() => t.assertAllowed('rm', '10.0.0.9', now + 31_000))).toBe(60);
    await fail(now + 92_000);
    expect(await retryAfter(() => t.assertAllowed('rm', '10.0.0.9', now + 92_000))).toBe(100);
    expect(
      await retryAfter(() => t.assertAllowed('someone-else', '10.0.0.9', now + 92_000)),
    ).toBeNull();
  });

  it('should forget an account’s failures after a success', async () => {
    const t = await throttle();
    await t.recordFailure('rm', 'a', now);
    await t.recordFailure('rm', 'a', now);
    await t.recordSuccess('rm');
    await t.recordFailure('rm', 'a', now);
    await t.recordFailure('rm', 'a', now);
    expect(await retryAfter(() => t.assertAllowed('rm', 'a', now))).toBeNull();
  });

  it('should refuse an address after LOGIN_THROTTLE_LIMIT failures within a minute', async () => {
    const t = await throttle({ LOGIN_THROTTLE_LIMIT: '2' });
    await t.recordFailure('a', '192.0.2.1', now);
    await t.recordFailure('b', '192.0.2.1', now + 10_000);
    expect(await retryAfter(() => t.assertAllowed('c', '192.0.2.1', now + 20_000))).toBe(40);
    expect(await retryAfter(() => t.assertAllowed('c', '192.0.2.2', now + 20_000))).toBeNull();
    expect(await retryAfter(() => t.assertAllowed('c', '192.0.2.1', now + 60_001))).toBeNull();
  });
});
