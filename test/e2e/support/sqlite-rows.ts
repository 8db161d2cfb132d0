import { Database, OPEN_READONLY } from 'sqlite3';

export type Row = Record<string, unknown>;
/** Table → its columns and its rows by rowid. */
export type TableRows = Record<string, { columns: string[]; rows: Map<number, Row> }>;

function all<T>(db: Database, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) =>
    db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[]))),
  );
}

/**
 * Every row of every table of a SQLite file, read with the plain driver (not through the app):
 * what a file holds, independent of the entities. sqlite_sequence is keyed by its row order.
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
    const result: TableRows = {};
    for (const { name } of tables) {
      const columns = (await all<{ name: string }>(db, `PRAGMA table_info("${name}")`)).map(
        (column) => column.name,
      );
      const records = await all<Row>(db, `SELECT rowid AS "(rowid)", * FROM "${name}"`);
      result[name] = {
        columns,
        rows: new Map(
          records.map(({ '(rowid)': rowid, ...row }, index) => [
            typeof rowid === 'number' ? rowid : index,
            row,
          ]),
        ),
      };
    }
    return result;
  } finally {
    await new Promise<void>((resolve, reject) =>
      db.close((error) => (error ? reject(error) : resolve())),
    );
  }
}
