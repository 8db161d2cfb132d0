import { Injectable } from '@nestjs/common';
import { ConfigService } from '../config/config.service';
import { RedisService } from '../redis/redis.service';
import { LoginThrottledError } from './auth.errors';
import { MemoryLoginFailures, type LoginFailureStore } from './login-failures';
import { RedisLoginFailures } from './login-failures-redis';

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Failed sign-ins, counted per address (LOGIN_THROTTLE_LIMIT failures a minute) and per account
 * (a lock after LOGIN_ACCOUNT_FAILURE_LIMIT failures in a row that doubles with each further
 * failure). Successful sign-ins never count, so a shared office address is not locked out by its
 * own colleagues, and success clears the account's count. One instance counts in memory (a
 * restart forgets it); with REDIS_URL all instances count together in Redis.
 */
@Injectable()
export class LoginThrottle {
  private readonly store: LoginFailureStore;

  constructor(
    private readonly config: ConfigService,
    redis: RedisService,
  ) {
    this.store = redis.client ? new RedisLoginFailures(redis.client) : new MemoryLoginFailures();
  }

  /** Throws LoginThrottledError (429, Retry-After) while the address or the account must wait. */
  async assertAllowed(username: string, address: string, now = Date.now()): Promise<void> {
    const addressWait = await this.store.addressWaitMs(
      address,
      this.config.loginThrottleLimit,
      now,
    );
    if (addressWait > 0) throw new LoginThrottledError(seconds(addressWait));
    const accountWait = await this.store.accountWaitMs(username, now);
    if (accountWait > 0) throw new LoginThrottledError(seconds(accountWait));
  }

  recordFailure(username: string, address: string, now = Date.now()): Promise<void> {
    return this.store.recordFailure(username, address, now, (failures) => this.lockMs(failures));
  }

  recordSuccess(username: string): Promise<void> {
    return this.store.clearAccount(username);
  }

  /** The lock after an account's nth failure in a row: none below the limit, then doubling. */
  private lockMs(failures: number): number {
    const { accountFailureLimit, lockBaseSeconds, lockMaxSeconds } = this.config.security.login;
    const over = failures - accountFailureLimit;
    if (over < 0) return 0;
    return Math.min(lockBaseSeconds * 2 ** over, lockMaxSeconds) * 1000;
  }
}
