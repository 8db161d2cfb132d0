import { Database, OPEN_READONLY } from 'sqlite3';

export type TableRows = Record<string, string[]>;

function all<T>(db: Database, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) =>
    db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[]))),
  );
}

/**
 * Every row of every table of a SQLite file, read with the plain driver (not through the app), each
 * row as JSON with its rowid, sorted: what a file holds, independent of the entities.
 */
export async function readAllRows(path: string): Promise<TableRows> {
  const db = await new Promise<Database>((resolve, reject) => {
    const opened = new Database(path, OPEN_READONLY, (error) =>
      error ? reject(error) : resolve(opened),
    );
  });
  try {
    const tables = await all<{ name: string }>(
      db,
      `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`,
    );
    const rows: TableRows = {};
    for (const { name } of tables) {
      // sqlite_sequence has no rowid; its rows are keyed by table name anyway.
      const select = name === 'sqlite_sequence' ? '*' : 'rowid AS "(rowid)", *';
      const records = await all<Record<string, unknown>>(db, `SELECT ${select} FROM "${name}"`);
      rows[name] = records.map((record) => JSON.stringify(record)).sort();
    }
    return rows;
  } finally {
    await new Promise<void>((resolve, reject) =>
      db.close((error) => (error ? reject(error) : resolve())),
    );
  }
}
