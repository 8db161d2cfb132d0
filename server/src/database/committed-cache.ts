import type { ChangeFeed } from './change-feed';
import type { UnitOfWork } from './unit-of-work';

/** Even a change notice that never arrived cannot keep a value longer than this. */
export const COMMITTED_CACHE_MAX_AGE_MS = 10_000;
/** Keys are motions' steps and bodies: far fewer; a cache this full starts over. */
const MAX_ENTRIES = 10_000;

type Entry<T> = { generation: number; loadedAt: number; value: Promise<T> };

/**
 * Values read from the database, each loaded once and shared until a commit on any instance
 * writes a table the value depends on (`dependsOn`), or the change feed
 * cannot vouch for what other instances did (then every call loads). A load that began before a
 * change is never handed out after it (generations). Inside a write nothing is cached: the write
 * must see its own rows, and a shared value must not come from rows that may roll back. A value
 * that depends on the date (today's council) carries the date in its key.
 */
export class CommittedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private generation = 0;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly uow: UnitOfWork,
    dependsOn: (table: string) => boolean,
  ) {
    feed.on('tables', (tables) => {
      if ([...tables].some(dependsOn)) this.clear();
    });
    feed.onResync(() => this.clear());
  }

  get(key: string, load: () => Promise<T>): Promise<T> {
    if (this.uow.inTransaction || !this.feed.complete) return load();
    const now = Date.now();
    const entry = this.entries.get(key);
    if (
      entry &&
      entry.generation === this.generation &&
      now - entry.loadedAt < COMMITTED_CACHE_MAX_AGE_MS
    ) {
      return entry.value;
    }
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const value = load();
    const loading: Entry<T> = { generation: this.generation, loadedAt: now, value };
    this.entries.set(key, loading);
    value.catch(() => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
