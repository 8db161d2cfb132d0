import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startTempPostgres, type TempPostgres } from '../../server/src/cli/temp-postgres';
import sqliteOnlyFiles from './sqlite-only-specs.json';

type SqliteOnlySpec = { file: string; name: string; reason: string };

// Global setup and teardown run in the same process and share only globals.
const state = globalThis as typeof globalThis & { e2ePostgres?: TempPostgres };

/**
 * Global setup of the PostgreSQL run: the server named by DATABASE_URL_PG, or one throwaway
 * cluster for the whole run (each test app then creates and drops its own database on it).
 */
export async function setupPostgresRun(): Promise<void> {
  process.env.E2E_ENGINE = 'postgres';
  const log = join(mkdtempSync(join(tmpdir(), 'e2e-pg-')), 'sqlite-only.jsonl');
  writeFileSync(log, '');
  process.env.E2E_SQLITE_ONLY_LOG = log;
  if (process.env.DATABASE_URL_PG) return;
  const cluster = await startTempPostgres();
  if (!cluster) {
    throw new Error(
      'Kein PostgreSQL: DATABASE_URL_PG setzen oder PostgreSQL (initdb) installieren',
    );
  }
  state.e2ePostgres = cluster;
  process.env.DATABASE_URL_PG = cluster.url;
}

/** Global teardown: stops the cluster and says which specs only the SQLite run covers. */
export function teardownPostgresRun(): void {
  state.e2ePostgres?.stop();
  const log = process.env.E2E_SQLITE_ONLY_LOG;
  if (!log) return;
  const specs = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SqliteOnlySpec);
  rmSync(dirname(log), { recursive: true, force: true });
  const lines = [
    ...sqliteOnlyFiles.map((name) => `  e2e/${name}.spec.ts (ganze Datei, Grund in der Datei)`),
    ...specs.map((spec) => `  ${spec.file} › ${spec.name}: ${spec.reason}`),
  ];
  process.stdout.write(`\nDem SQLite-Lauf überlassen (${lines.length}):\n${lines.join('\n')}\n`);
}
