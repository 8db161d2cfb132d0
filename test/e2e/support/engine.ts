import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DataSource } from 'typeorm';

/**
 * The e2e suite runs twice in CI: on in-memory SQLite (`jest`) and on PostgreSQL
 * (`jest -c jest.pg.config.js`, whose global setup sets E2E_ENGINE=postgres, a server in
 * DATABASE_URL_PG and a file in E2E_SQLITE_ONLY_LOG for the specs it leaves to the SQLite run).
 */
export type Engine = 'sqlite' | 'postgres';

export function e2eEngine(): Engine {
  return process.env.E2E_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A spec that is about SQLite itself (a file, its pragmas, its lock files, a SQLite fixture):
 * declared normally on SQLite; on PostgreSQL skipped and written to the run's list of specs left
 * to the SQLite run, which the global teardown prints.
 */
export function sqliteOnly(name: string, reason: string, body: () => void): void {
  if (e2eEngine() === 'sqlite') {
    describe(name, body);
    return;
  }
  const log = process.env.E2E_SQLITE_ONLY_LOG;
  const file = relative(process.cwd(), expect.getState().testPath ?? '');
  // Not registered at all: the SQLite run has these tests, the PostgreSQL run lists them.
  if (log) appendFileSync(log, `${JSON.stringify({ file, name, reason })}\n`);
}

/** A database a test may open several apps on in turn (a restart keeps its rows). */
export type TestDatabase = { url: string; drop: () => Promise<void> };

function postgresServer(): string {
  const url = process.env.DATABASE_URL_PG;
  if (!url)
    throw new Error('E2E_ENGINE=postgres braucht DATABASE_URL_PG (setzt jest.pg.config.js)');
  return url;
}

/** Runs one statement on the server's maintenance database over a short-lived connection. */
async function onServer(sql: string): Promise<void> {
  const admin = await new DataSource({
    type: 'postgres',
    url: postgresServer(),
    poolSize: 1,
  }).initialize();
  try {
    await admin.query(sql);
  } finally {
    await admin.destroy();
  }
}

/**
 * A fresh, empty database of the run's engine: a SQLite file in a temp folder, or on PostgreSQL
 * `CREATE DATABASE e2e_<random>` from the server's template, dropped (also while connections
 * linger) by `drop`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (e2eEngine() === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'e2e-db-'));
    return {
      url: `sqlite:${join(folder, 'council.sqlite')}`,
      drop: () => {
        rmSync(folder, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  // Random: every test file has its own module registry, so a counter would repeat names.
  const name = `e2e_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresServer());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
