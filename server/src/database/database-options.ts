import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { DatabaseConfig } from '../config/database-url';

/** TypeORM options for the configured database; creates the SQLite file's folder if needed. */
export function typeOrmOptions(database: DatabaseConfig): TypeOrmModuleOptions {
  const common = { autoLoadEntities: true, synchronize: true } as const;
  if (database.type === 'postgres') return { ...common, type: 'postgres', url: database.url };
  if (!database.inMemory) mkdirSync(dirname(database.database), { recursive: true });
  // busy_timeout: another process (a CLI, a backup) holding the write lock is waited for.
  const file = database.inMemory ? {} : { enableWAL: true, busyTimeout: 5000 };
  return { ...common, type: 'sqlite', database: database.database, ...file };
}
