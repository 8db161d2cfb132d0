/** Failures of an address count within this window. */
export const LOGIN_WINDOW_MS = 60_000;

/**
 * Where failed sign-ins are counted: in this process (one instance) or in Redis (several, which
 * then count together). `now` is the caller's clock; Redis measures its windows itself.
 */
export type LoginFailureStore = {
  /** How long the address must still wait (0: it may try), given the failures it may have. */
  addressWaitMs(address: string, limit: number, now: number): Promise<number>;
  /** How long the account is still locked (0: not locked). */
  accountWaitMs(username: string, now: number): Promise<number>;
  /**
   * Counts one failure of the address and the account; `lockMsAfter(n)` is the lock that the
   * account's nth failure in a row brings (0: none).
   */
  recordFailure(
    username: string,
    address: string,
    now: number,
    lockMsAfter: (failures: number) => number,
  ): Promise<void>;
  /** A success: the account's failures in a row start again from 0 (its lock ends). */
  clearAccount(username: string): Promise<void>;
};

/** Bounds the memory an attacker can fill with made-up usernames or addresses. */
const MAX_TRACKED = 10_000;

type AccountState = { failures: number; lockedUntil: number };

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  if (map.size >= MAX_TRACKED) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

/** One instance: a sliding window of failure times per address, a lock per account. */
export class MemoryLoginFailures implements LoginFailureStore {
  private readonly failuresByAddress = new Map<string, number[]>();
  private readonly accounts = new Map<string, AccountState>();

  addressWaitMs(address: string, limit: number, now: number): Promise<number> {
    const recent = this.recentFailures(address, now);
    const wait = recent.length >= limit ? recent[0] + LOGIN_WINDOW_MS - now : 0;
    return Promise.resolve(wait);
  }

  accountWaitMs(username: string, now: number): Promise<number> {
    return Promise.resolve(Math.max(0, (this.accounts.get(username)?.lockedUntil ?? 0) - now));
  }

  recordFailure(
    username: string,
    address: string,
    now: number,
    lockMsAfter: (failures: number) => number,
  ): Promise<void> {
    remember(this.failuresByAddress, address, [...this.recentFailures(address, now), now]);
    const failures = (this.accounts.get(username)?.failures ?? 0) + 1;
    remember(this.accounts, username, { failures, lockedUntil: now + lockMsAfter(failures) });
    return Promise.resolve();
  }

  clearAccount(username: string): Promise<void> {
    this.accounts.delete(username);
    return Promise.resolve();
  }

  private recentFailures(address: string, now: number): number[] {
    return (this.failuresByAddress.get(address) ?? []).filter(
      (time) => time > now - LOGIN_WINDOW_MS,
    );
  }
}
