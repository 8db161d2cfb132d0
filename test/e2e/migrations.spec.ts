import type { CouncilView } from '@mehrheitsplaner/shared';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';
import { onScratchDatabase } from '../../server/src/cli/temp-postgres';
import { parseDatabaseUrl } from '../../server/src/config/database-url';
import { typeOrmOptions } from '../../server/src/database/database-options';
import { postgresMigrations } from '../../server/src/database/migrations/postgres';
import { sqliteMigrations } from '../../server/src/database/migrations/sqlite';
import { DemoSeedService } from '../../server/src/demo/demo-seed.service';
import { readAllRows } from './support/sqlite-rows';
import { bearer, startTestApp } from './support/test-app';
import { e2eEngine, sqliteOnly } from './support/engine';

/** Why the PostgreSQL run leaves this to the SQLite run. */
const SQLITE_ONLY = 'die Datenbank von vor den Migrationen ist die SQLite-Fixture';

type Engine = {
  name: string;
  migrations: Array<new () => MigrationInterface>;
  /** Runs `check` with a DATABASE_URL of an empty database of the engine. */
  withEmptyDatabase: (check: (url: string) => Promise<void>) => Promise<void>;
};

const sqlite: Engine = {
  name: 'SQLite',
  migrations: sqliteMigrations,
  withEmptyDatabase: (check) =>
    check(`sqlite:${join(mkdtempSync(join(tmpdir(), 'migrations-')), 'council.sqlite')}`),
};

// PostgreSQL runs where DATABASE_URL_PG names a server whose user may create databases (always in
// the PostgreSQL run, which leaves SQLite to the SQLite run).
const postgresUrl = process.env.DATABASE_URL_PG;
const postgres: Engine | null = postgresUrl
  ? {
      name: 'PostgreSQL',
      migrations: postgresMigrations,
      withEmptyDatabase: (check) => onScratchDatabase(postgresUrl, check),
    }
  : null;

const engines = [...(e2eEngine() === 'sqlite' ? [sqlite] : []), ...(postgres ? [postgres] : [])];

describe.each(engines)('migrations on $name', (engine) => {
  it('should build the schema the entities describe, seed the council and load the demo on an empty database', async () => {
    await engine.withEmptyDatabase(async (url) => {
      const t = await startTestApp({ env: { DATABASE_URL: url } });
      try {
        const dataSource = t.app.get(DataSource);
        const applied = await dataSource.query<Array<{ name: string }>>(
          `SELECT name FROM migrations`,
        );
        expect(applied).toHaveLength(engine.migrations.length);
        // Entities and migrations agree: synchronize would have nothing left to do.
        const drift = await dataSource.driver.createSchemaBuilder().log();
        expect(drift.upQueries.map((query) => query.query)).toEqual([]);

        const council = (
          await t
            .http()
            .get('/api/council')
            .set(...bearer(await t.adminToken()))
            .expect(200)
        ).body as CouncilView;
        expect(council.groups).toHaveLength(12);
        // The example set is data (it grew with a year of past votes): on an empty database every
        // example is created, and each one is a motion the API lists.
        const demo = await t.app.get(DemoSeedService).seed();
        expect(demo.skipped).toBe(0);
        const motions = (
          await t
            .http()
            .get('/api/motions')
            .set(...bearer(await t.adminToken()))
            .expect(200)
        ).body as unknown[];
        expect(motions).toHaveLength(demo.created);
      } finally {
        await t.close();
      }
    });
  });

  it('should adopt a database the release built without migrations and run the later ones', async () => {
    await engine.withEmptyDatabase(async (url) => {
      // The initial migration's schema is what the release's synchronize built (checked when it was
      // generated); without the migrations table the database looks like the release left it.
      const config = parseDatabaseUrl(url, process.cwd());
      if (typeof config === 'string') throw new Error(config);
      const release = new DataSource({
        ...(typeOrmOptions(config) as DataSourceOptions),
        migrations: engine.migrations.slice(0, 1),
      });
      await release.initialize();
      await release.query(`DROP TABLE migrations`);
      await release.destroy();

      const t = await startTestApp({ env: { DATABASE_URL: url } });
      try {
        const dataSource = t.app.get(DataSource);
        const applied = await dataSource.query<Array<{ name: string }>>(
          `SELECT name FROM migrations ORDER BY id`,
        );
        expect(applied.map((row) => row.name)).toEqual(engine.migrations.map((m) => new m().name));
        const drift = await dataSource.driver.createSchemaBuilder().log();
        expect(drift.upQueries.map((query) => query.query)).toEqual([]);
      } finally {
        await t.close();
      }
    });
  });
});

sqliteOnly('a database from before migrations whose schema differs', SQLITE_ONLY, () => {
  it('should refuse to adopt it and leave its rows alone', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'foreign-')), 'council.sqlite');
    copyFileSync(join(__dirname, '..', 'fixtures', 'release-952727b.sqlite'), copy);
    const edit = await new DataSource({ type: 'sqlite', database: copy }).initialize();
    await edit.query(`ALTER TABLE "motion" ADD COLUMN "legacy" text`);
    await edit.destroy();
    const before = await readAllRows(copy);

    const dataSource = new DataSource({
      type: 'sqlite',
      database: copy,
      migrations: sqliteMigrations,
      migrationsRun: true,
      migrationsTransactionMode: 'all',
    });
    await expect(dataSource.initialize()).rejects.toThrow(
      /keine Migrationen.*motion: unerwartet column legacy/,
    );
    if (dataSource.isInitialized) await dataSource.destroy();

    const after = await readAllRows(copy);
    for (const [table, { rows }] of Object.entries(before)) {
      expect([table, after[table]?.rows]).toEqual([table, rows]);
    }
  });
});
