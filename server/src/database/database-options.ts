import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/database-url';
import { ForeignSchemaError } from './migrations/adopt-existing-schema';
import { postgresMigrations } from './migrations/postgres';
import { sqliteMigrations } from './migrations/sqlite';

/**
 * TypeORM options for the configured database; creates the SQLite file's folder if needed. The
 * schema comes from the migrations of the engine, applied at start. All pending migrations run in
 * one transaction: an upgrade that fails leaves the database exactly as the previous version left
 * it, so that version still starts on it.
 */
export function typeOrmOptions(database: DatabaseConfig): TypeOrmModuleOptions {
  const common = {
    autoLoadEntities: true,
    synchronize: false,
    migrationsRun: true,
    migrationsTransactionMode: 'all',
    // Retries wait for a database that is still starting; a refused schema stays refused.
    toRetry: (error: unknown) => !(error instanceof ForeignSchemaError),
  } as const;
  if (database.type === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: database.url,
      migrations: postgresMigrations,
      // Timestamps are `timestamp` without a zone: now() (createdAt) is written in the session's
      // zone and pg reads every such value in the process's zone, so the session takes the
      // process's zone, whatever the server or the database default to.
      extra: { options: `-c TimeZone=${processTimeZone()}` },
    };
  }
  if (!database.inMemory) mkdirSync(dirname(database.database), { recursive: true });
  // busy_timeout: another process (a CLI, a backup) holding the write lock is waited for.
  const file = database.inMemory ? {} : { enableWAL: true, busyTimeout: 5000 };
  return {
    ...common,
    type: 'sqlite',
    database: database.database,
    migrations: sqliteMigrations,
    ...file,
  };
}

/** The IANA zone the process reads local times in (TZ, else the system's). */
function processTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
