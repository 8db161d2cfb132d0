import { Injectable, Logger } from '@nestjs/common';
import { ChangeFeed } from '../database/change-feed';
import { REDIS_KEY_PREFIX, RedisService } from '../redis/redis.service';

/** How long an instance trusts a looked-up session without asking the database again. */
export const SESSION_CACHE_MS = 15_000;
/** A revoked token is remembered longer than any instance can have cached its session. */
const REVOKED_TTL_MS = 2 * SESSION_CACHE_MS;

const revokedKey = (tokenHash: string) => `${REDIS_KEY_PREFIX}revoked-session:${tokenHash}`;

/**
 * Ended sessions across instances. The database row is gone already, but another instance may
 * still trust its cached copy of the session: with REDIS_URL every ended token is told to the
 * other instances over the change feed (they drop it from their caches) and marked in Redis
 * before the ending request answers. An instance whose feed stands trusts its cache; one whose
 * feed is down asks for the mark on each use, so every instance refuses the token at once.
 * Without Redis there is one instance, whose cache the AuthService clears itself.
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger(SessionRevocations.name);

  constructor(
    private readonly redis: RedisService,
    private readonly feed: ChangeFeed,
  ) {}

  /**
   * Calls `ended` with the token hashes of sessions ended on any instance, and `doubt` when some
   * may have been missed (the feed was down): then no cached session can be trusted.
   */
  watch(ended: (tokenHashes: ReadonlySet<string>) => void, doubt: () => void): void {
    this.feed.on('sessionsEnded', ended);
    this.feed.onResync(doubt);
  }

  /** Never rejects: the sessions have ended; a lost mark only lets other caches run out. */
  async mark(tokenHashes: string[]): Promise<void> {
    await this.feed.publish('sessionsEnded', tokenHashes);
    const client = this.redis.client;
    if (!client || tokenHashes.length === 0) return;
    try {
      const multi = client.multi();
      for (const tokenHash of tokenHashes) {
        multi.set(revokedKey(tokenHash), '1', {
          expiration: { type: 'PX', value: REVOKED_TTL_MS },
        });
      }
      await multi.exec();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Beendete Sitzungen nicht an Redis gemeldet: ${message}`);
    }
  }

  /**
   * Whether a cached session may still be used: true while the feed stands (an ended one was
   * dropped from the cache already); else false once it was marked, and false when Redis cannot
   * say (the caller then asks the database, which knows).
   */
  async cacheStillValid(tokenHash: string): Promise<boolean> {
    const client = this.redis.client;
    if (!client || this.feed.complete) return true;
    try {
      return (await client.exists(revokedKey(tokenHash))) === 0;
    } catch {
      return false;
    }
  }
}
