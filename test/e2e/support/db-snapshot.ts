import type { DataSource } from 'typeorm';

/** Every table's rows as JSON text, read with raw queries through the app's own connection. */
export type DatabaseSnapshot = Map<string, string[]>;

/** The names of the database's tables (SQLite or PostgreSQL, whichever the run uses). */
async function tableNames(dataSource: DataSource): Promise<string[]> {
  const sql =
    dataSource.options.type === 'postgres'
      ? `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
      : `SELECT name FROM sqlite_master WHERE type = 'table'`;
  const rows = await dataSource.query<Array<{ name: string }>>(sql);
  return rows.map((row) => row.name).sort();
}

/** Rows are compared as a multiset: no table's order is assumed. */
export async function snapshotDatabase(dataSource: DataSource): Promise<DatabaseSnapshot> {
  const snapshot: DatabaseSnapshot = new Map();
  for (const name of await tableNames(dataSource)) {
    const rows = await dataSource.query<unknown[]>(`SELECT * FROM "${name}"`);
    snapshot.set(
      name,
      rows.map((row) => JSON.stringify(row)),
    );
  }
  return snapshot;
}

/** Rows added, removed or changed per table (a changed row counts once). */
export function changedRows(
  before: DatabaseSnapshot,
  after: DatabaseSnapshot,
): Record<string, number> {
  const changes: Record<string, number> = {};
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(table) ?? [];
    const now = after.get(table) ?? [];
    const remaining = new Map<string, number>();
    for (const row of old) remaining.set(row, (remaining.get(row) ?? 0) + 1);
    let added = 0;
    for (const row of now) {
      const left = remaining.get(row) ?? 0;
      if (left > 0) remaining.set(row, left - 1);
      else added += 1;
    }
    const removed = [...remaining.values()].reduce((sum, left) => sum + left, 0);
    const changed = Math.max(added, removed);
    if (changed > 0) changes[table] = changed;
  }
  return changes;
}
