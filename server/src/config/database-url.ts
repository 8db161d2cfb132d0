import { resolve } from 'node:path';

export type DatabaseConfig =
  { type: 'sqlite'; database: string; inMemory: boolean } | { type: 'postgres'; url: string };

export const DEFAULT_SQLITE_FILE = './data/council.sqlite';

/**
 * DATABASE_URL as api.md defines it: unset = SQLite file ./data/council.sqlite, `sqlite:<path>`,
 * `sqlite::memory:`, or `postgres://…` / `postgresql://…`. Relative paths resolve against `cwd`.
 * Returns an error message instead of throwing so the config can report every problem at once.
 */
export function parseDatabaseUrl(value: string | undefined, cwd: string): DatabaseConfig | string {
  const url = value?.trim();
  if (!url) return { type: 'sqlite', database: resolve(cwd, DEFAULT_SQLITE_FILE), inMemory: false };
  if (url === 'sqlite::memory:') return { type: 'sqlite', database: ':memory:', inMemory: true };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) return `DATABASE_URL "${url}" names no SQLite file (use sqlite:<path>)`;
    return { type: 'sqlite', database: resolve(cwd, path), inMemory: false };
  }
  if (/^postgres(ql)?:\/\/.+/.test(url)) return { type: 'postgres', url };
  return `DATABASE_URL "${url}" is not supported (sqlite:<path>, sqlite::memory: or postgres://…)`;
}
