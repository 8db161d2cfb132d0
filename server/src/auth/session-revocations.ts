import { Injectable, Logger } from '@nestjs/common';
import { REDIS_KEY_PREFIX, RedisService } from '../redis/redis.service';

/** How long an instance trusts a looked-up session without asking the database again. */
export const SESSION_CACHE_MS = 15_000;
/** A revoked token is remembered longer than any instance can have cached its session. */
const REVOKED_TTL_MS = 2 * SESSION_CACHE_MS;

const revokedKey = (tokenHash: string) => `${REDIS_KEY_PREFIX}revoked-session:${tokenHash}`;

/**
 * Ended sessions across instances. The database row is gone already, but another instance may
 * still trust its cached copy of the session: with REDIS_URL every ended token is marked in Redis
 * before the ending request answers, and a cached session is used only while unmarked, so every
 * instance refuses the token at once. Without Redis there is one instance, whose cache the
 * AuthService clears itself: nothing to do here.
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger(SessionRevocations.name);

  constructor(private readonly redis: RedisService) {}

  /** Never rejects: the sessions have ended; a lost mark only lets other caches run out. */
  async mark(tokenHashes: string[]): Promise<void> {
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
   * Whether a cached session may still be used: false once it was marked, and false when Redis
   * cannot say (the caller then asks the database, which knows).
   */
  async cacheStillValid(tokenHash: string): Promise<boolean> {
    const client = this.redis.client;
    if (!client) return true;
    try {
      return (await client.exists(revokedKey(tokenHash))) === 0;
    } catch {
      return false;
    }
  }
}
