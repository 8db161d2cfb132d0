import { Injectable } from '@nestjs/common';
import { ConfigService } from '../config/config.service';
import { LoginThrottledError } from './auth.errors';

const WINDOW_MS = 60_000;
/** Bounds the memory an attacker can fill with made-up usernames or addresses. */
const MAX_TRACKED = 10_000;

type AccountState = { failures: number; lockedUntil: number };

function secondsUntil(time: number, now: number): number {
  return Math.max(1, Math.ceil((time - now) / 1000));
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  if (map.size >= MAX_TRACKED) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

/**
 * Failed sign-ins, counted per address (LOGIN_THROTTLE_LIMIT failures a minute) and per account
 * (a lock after LOGIN_ACCOUNT_FAILURE_LIMIT failures in a row that doubles with each further
 * failure). Successful sign-ins never count, so a shared office address is not locked out by its
 * own colleagues, and success clears the account's count. Kept in memory: a restart forgets it,
 * and several instances count separately.
 */
@Injectable()
export class LoginThrottle {
  private readonly failuresByAddress = new Map<string, number[]>();
  private readonly accounts = new Map<string, AccountState>();

  constructor(private readonly config: ConfigService) {}

  /** Throws LoginThrottledError (429, Retry-After) while the address or the account must wait. */
  assertAllowed(username: string, address: string, now = Date.now()): void {
    const recent = this.recentFailures(address, now);
    if (recent.length >= this.config.loginThrottleLimit) {
      throw new LoginThrottledError(secondsUntil(recent[0] + WINDOW_MS, now));
    }
    const account = this.accounts.get(username);
    if (account && account.lockedUntil > now) {
      throw new LoginThrottledError(secondsUntil(account.lockedUntil, now));
    }
  }

  recordFailure(username: string, address: string, now = Date.now()): void {
    remember(this.failuresByAddress, address, [...this.recentFailures(address, now), now]);
    const { accountFailureLimit, lockBaseSeconds, lockMaxSeconds } = this.config.security.login;
    const failures = (this.accounts.get(username)?.failures ?? 0) + 1;
    const over = failures - accountFailureLimit;
    const lockSeconds = over < 0 ? 0 : Math.min(lockBaseSeconds * 2 ** over, lockMaxSeconds);
    remember(this.accounts, username, { failures, lockedUntil: now + lockSeconds * 1000 });
  }

  recordSuccess(username: string): void {
    this.accounts.delete(username);
  }

  private recentFailures(address: string, now: number): number[] {
    return (this.failuresByAddress.get(address) ?? []).filter((time) => time > now - WINDOW_MS);
  }
}
