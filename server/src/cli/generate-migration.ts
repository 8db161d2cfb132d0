import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { EntitiesMetadataStorage } from '@nestjs/typeorm/dist/entities-metadata.storage';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';
// Evaluating AppModule's imports runs every TypeOrmModule.forFeature, which registers the entities.
import '../app.module';
import { postgresMigrations } from '../database/migrations/postgres';
import { sqliteMigrations } from '../database/migrations/sqlite';
import type { Query } from 'typeorm/driver/Query';
import { writeMigration, writeMigrationIndex } from './migration-file';
import { onScratchDatabase, startTempPostgres } from './temp-postgres';

type Changes = { up: Query[]; down: Query[] };
type Migrations = Array<new () => MigrationInterface>;

const logger = new Logger('MigrationGenerate');
/** From server/dist/cli back to the sources the migrations live in. */
const MIGRATIONS_SRC = resolve(__dirname, '../../src/database/migrations');

/** The entities the app loads: autoLoadEntities takes the same list. */
function appEntities(): DataSourceOptions['entities'] {
  return EntitiesMetadataStorage.getEntitiesByDataSource('default');
}

/** What the entities need beyond the existing migrations, on an empty database of that engine. */
async function pendingChanges(
  options: DataSourceOptions,
  migrations: Migrations,
): Promise<Changes> {
  const dataSource = new DataSource({ ...options, entities: appEntities(), migrations });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries, down: sql.downQueries };
  } finally {
    await dataSource.destroy();
  }
}

/** PostgreSQL changes from DATABASE_URL_PG or a throwaway cluster; null when neither is there. */
async function postgresChanges(): Promise<Changes | null> {
  const given = process.env.DATABASE_URL_PG;
  const temp = given ? null : await startTempPostgres();
  const url = given ?? temp?.url;
  if (!url) return null;
  try {
    return await onScratchDatabase(url, (scratch) =>
      pendingChanges({ type: 'postgres', url: scratch }, postgresMigrations),
    );
  } finally {
    temp?.stop();
  }
}

function write(
  engine: string,
  exportName: string,
  name: string,
  timestamp: number,
  changes: Changes,
): string[] {
  if (!changes.up.length) {
    logger.log(`${engine}: Entitäten und Migrationen stimmen überein, nichts zu tun`);
    return [];
  }
  const folder = join(MIGRATIONS_SRC, engine);
  const file = writeMigration(folder, name, timestamp, changes.up, changes.down);
  logger.log(`${engine}: ${changes.up.length} Anweisungen → ${file}`);
  return [file, writeMigrationIndex(folder, exportName)];
}

/** `npm run migration:generate -- <Name>`: the next migration of both engines from the entities. */
async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    throw new Error('Aufruf: npm run migration:generate -- <Name> (PascalCase, z. B. AddAuditLog)');
  }
  const timestamp = Date.now();
  const sqlite = await pendingChanges({ type: 'sqlite', database: ':memory:' }, sqliteMigrations);
  const postgres = await postgresChanges();
  const files = write('sqlite', 'sqliteMigrations', name, timestamp, sqlite);
  if (postgres) files.push(...write('postgres', 'postgresMigrations', name, timestamp, postgres));
  else {
    logger.warn(
      'postgres: übersprungen, weder DATABASE_URL_PG gesetzt noch PostgreSQL unter /usr/lib/postgresql',
    );
  }
  if (files.length) {
    execFileSync(
      process.execPath,
      [require.resolve('prettier/bin/prettier.cjs'), '--write', ...files],
      {
        stdio: 'ignore',
      },
    );
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  logger.error(`Migration nicht erzeugt: ${message}`);
  process.exit(1);
});
