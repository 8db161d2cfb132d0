import { Database, OPEN_READONLY, OPEN_READWRITE } from 'sqlite3';

/** Tables every database of this app has; a file without them is not one of our backups. */
const REQUIRED_TABLES = ['council', 'app_user'];

/** The app's busy_timeout: a writer of the running app holding the lock is waited for. */
const BUSY_TIMEOUT_MS = 5000;

function open(path: string, mode: number): Promise<Database> {
  return new Promise((resolve, reject) => {
    const db = new Database(path, mode, (error) => (error ? reject(error) : resolve(db)));
  });
}

function all<T>(db: Database, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) => {
    db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[])));
  });
}

function close(db: Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

async function withDatabase<T>(
  path: string,
  mode: number,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const db = await open(path, mode);
  db.configure('busyTimeout', BUSY_TIMEOUT_MS);
  try {
    return await work(db);
  } finally {
    await close(db);
  }
}

/**
 * Writes a consistent copy of `source` to `target` with VACUUM INTO: one read transaction on its
 * own connection, so under WAL the running app keeps reading and writing meanwhile and the copy is
 * the state of one moment (never half a transaction). `target` must not exist yet.
 */
export function vacuumInto(source: string, target: string): Promise<void> {
  return withDatabase(source, OPEN_READWRITE, async (db) => {
    await all(db, 'VACUUM INTO ?', [target]);
  });
}

/**
 * Why `path` is not a usable backup of this app, or null when it is: PRAGMA integrity_check must
 * say ok and the app's tables must be there.
 */
export async function sqliteBackupProblem(path: string): Promise<string | null> {
  try {
    return await withDatabase(path, OPEN_READONLY, async (db) => {
      const check = await all<{ integrity_check: string }>(db, 'PRAGMA integrity_check');
      const verdict = check.map((row) => row.integrity_check).join('; ');
      if (verdict !== 'ok') return `integrity_check: ${verdict}`;
      const tables = await all<{ name: string }>(
        db,
        `SELECT name FROM sqlite_master WHERE type = 'table'`,
      );
      const names = new Set(tables.map((row) => row.name));
      const missing = REQUIRED_TABLES.filter((name) => !names.has(name));
      return missing.length > 0 ? `Tabellen fehlen: ${missing.join(', ')}` : null;
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
