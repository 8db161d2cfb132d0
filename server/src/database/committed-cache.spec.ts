import type { RedisService } from '../redis/redis.service';
import { ChangeFeed } from './change-feed';
import { COMMITTED_CACHE_MAX_AGE_MS, CommittedCache } from './committed-cache';
import type { CommitListener, UnitOfWork } from './unit-of-work';

/** A unit of work whose commits the test causes, and a feed as on one instance without Redis. */
function setUp() {
  const listeners: CommitListener[] = [];
  const uow = {
    inTransaction: false,
    onCommit: (listener: CommitListener) => void listeners.push(listener),
  };
  const redis = { adapter: null, feedSubscriber: null } as unknown as RedisService;
  const feed = new ChangeFeed(uow as unknown as UnitOfWork, redis);
  const cache = new CommittedCache<number>(feed, uow as unknown as UnitOfWork, (table) =>
    ['motion', 'whip_entry'].includes(table),
  );
  const commit = async (...tables: string[]) => {
    for (const listener of listeners) await listener(new Set(tables));
  };
  let loads = 0;
  const load = () => Promise.resolve((loads += 1));
  return { uow, feed, cache, commit, load, loads: () => loads };
}

describe('CommittedCache', () => {
  it('should load once and share the value until a commit writes a table it depends on', async () => {
    const { cache, commit, load, loads } = setUp();
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
    await commit('session', 'audit_entry');
    expect(await cache.get('a', load)).toBe(1);
    await commit('whip_entry');
    expect(await cache.get('a', load)).toBe(2);
    expect(loads()).toBe(2);
  });

  it('should never hand out after a change a value whose load began before it', async () => {
    const { cache, commit } = setUp();
    let finish = (_value: number) => undefined as void;
    const slow = cache.get('a', () => new Promise<number>((resolve) => (finish = resolve)));
    await commit('motion');
    finish(1);
    expect(await slow).toBe(1);
    expect(await cache.get('a', () => Promise.resolve(2))).toBe(2);
  });

  it('should load every time inside a write, and while the feed cannot vouch for the others', async () => {
    const { uow, feed, cache, load, loads } = setUp();
    uow.inTransaction = true;
    await cache.get('a', load);
    await cache.get('a', load);
    uow.inTransaction = false;
    jest.spyOn(feed, 'complete', 'get').mockReturnValue(false);
    await cache.get('a', load);
    expect(loads()).toBe(3);
  });

  it('should not keep a failed load, and load again once cleared', async () => {
    const { cache, load, loads } = setUp();
    await expect(cache.get('a', () => Promise.reject(new Error('weg')))).rejects.toThrow('weg');
    expect(await cache.get('a', load)).toBe(1);
    cache.clear();
    expect(await cache.get('a', load)).toBe(2);
    expect(loads()).toBe(2);
  });

  it('should load again once a value is older than the longest it may be kept', async () => {
    const { cache, load } = setUp();
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    expect(await cache.get('a', load)).toBe(1);
    now.mockReturnValue(1_000_000 + COMMITTED_CACHE_MAX_AGE_MS - 1);
    expect(await cache.get('a', load)).toBe(1);
    now.mockReturnValue(1_000_000 + COMMITTED_CACHE_MAX_AGE_MS);
    expect(await cache.get('a', load)).toBe(2);
    now.mockRestore();
  });
});
