import { createServer } from 'node:net';
import { RedisService } from './redis.service';

/** A loopback port nothing listens on (taken from the OS, then given back). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('RedisService', () => {
  it('should be off without REDIS_URL: no connection, no health entry', async () => {
    const redis = await RedisService.connect(null);
    expect(redis.client).toBeNull();
    expect(redis.adapter).toBeNull();
    expect(await redis.answers()).toBeNull();
    await redis.onApplicationShutdown();
  });

  it('should fail the start when REDIS_URL names no reachable Redis', async () => {
    const url = `redis://127.0.0.1:${await closedPort()}`;
    await expect(RedisService.connect(url)).rejects.toThrow(/ECONNREFUSED/);
  });
});
