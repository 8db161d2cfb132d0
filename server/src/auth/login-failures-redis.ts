import { Logger } from '@nestjs/common';
import { REDIS_KEY_PREFIX, type RedisClient } from '../redis/redis.service';
import { LOGIN_WINDOW_MS, MemoryLoginFailures, type LoginFailureStore } from './login-failures';

/** An account's failures in a row are forgotten after a day without another one. */
const ACCOUNT_FAILURES_TTL_MS = 24 * 60 * 60 * 1000;

/** INCR and, for a new key, PEXPIRE in one step: the window starts with its first failure. */
const COUNT_IN_WINDOW = `
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

/** INCR and PEXPIRE (a sliding expiry) of an account's failures in a row. */
const COUNT_IN_A_ROW = `
local n = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return n`;

/** Sets a lock of at least ARGV[1] ms: a concurrent shorter lock never shortens a longer one. */
const LOCK_AT_LEAST = `
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 1`;

const key = {
  address: (address: string) => `${REDIS_KEY_PREFIX}login:address:${address}`,
  failures: (username: string) => `${REDIS_KEY_PREFIX}login:failures:${username}`,
  lock: (username: string) => `${REDIS_KEY_PREFIX}login:lock:${username}`,
};

/**
 * Several instances: the counts live in Redis, so failures on any instance add up. An address
 * counts in fixed windows that start with its first failure (INCR + PEXPIRE, atomic). While
 * Redis cannot be reached this instance counts alone in memory, so sign-in keeps working.
 */
export class RedisLoginFailures implements LoginFailureStore {
  private readonly logger = new Logger(RedisLoginFailures.name);
  private readonly fallback = new MemoryLoginFailures();

  constructor(private readonly client: RedisClient) {}

  addressWaitMs(address: string, limit: number, now: number): Promise<number> {
    return this.orFallback(
      async () => {
        const [count, ttl] = await this.client
          .multi()
          .get(key.address(address))
          .pTTL(key.address(address))
          .exec();
        return Number(count ?? 0) >= limit ? Math.max(1, Number(ttl)) : 0;
      },
      () => this.fallback.addressWaitMs(address, limit, now),
    );
  }

  accountWaitMs(username: string, now: number): Promise<number> {
    return this.orFallback(
      async () => Math.max(0, await this.client.pTTL(key.lock(username))),
      () => this.fallback.accountWaitMs(username, now),
    );
  }

  recordFailure(
    username: string,
    address: string,
    now: number,
    lockMsAfter: (failures: number) => number,
  ): Promise<void> {
    return this.orFallback(
      async () => {
        await this.client.eval(COUNT_IN_WINDOW, {
          keys: [key.address(address)],
          arguments: [String(LOGIN_WINDOW_MS)],
        });
        const failures = await this.client.eval(COUNT_IN_A_ROW, {
          keys: [key.failures(username)],
          arguments: [String(ACCOUNT_FAILURES_TTL_MS)],
        });
        const lockMs = Math.ceil(lockMsAfter(Number(failures)));
        if (lockMs <= 0) return;
        await this.client.eval(LOCK_AT_LEAST, {
          keys: [key.lock(username)],
          arguments: [String(lockMs)],
        });
      },
      () => this.fallback.recordFailure(username, address, now, lockMsAfter),
    );
  }

  clearAccount(username: string): Promise<void> {
    return this.orFallback(
      async () => {
        await this.client.del([key.failures(username), key.lock(username)]);
      },
      () => this.fallback.clearAccount(username),
    );
  }

  private async orFallback<T>(shared: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    try {
      return await shared();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Anmeldeversuche ohne Redis gezählt: ${message}`);
      return local();
    }
  }
}
