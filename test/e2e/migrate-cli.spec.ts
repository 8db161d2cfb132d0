import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { sqliteMigrations } from '../../server/src/database/migrations/sqlite';
import { processEnv, SERVER_DIST } from '../support/app-process';
import { ROOT } from '../support/server';
import { readAllRows } from './support/sqlite-rows';
import { sqliteOnly } from './support/engine';

/** Why the PostgreSQL run leaves this to the SQLite run. */
const SQLITE_ONLY = 'prüft die CLI an der SQLite-Fixture und ihren Indexen';

const MIGRATE = resolve(SERVER_DIST, 'cli/migrate.js');
const FIXTURE = join(__dirname, '..', 'fixtures', 'release-952727b.sqlite');

/** `npm run migrate` without the build step: the built CLI on the given SQLite file. */
function migrate(file: string): { status: number | null; output: string } {
  if (!existsSync(MIGRATE)) {
    throw new Error(`${MIGRATE} fehlt: erst npx nx run-many -t build --projects=shared,server`);
  }
  const result = spawnSync(process.execPath, [MIGRATE], {
    cwd: ROOT,
    env: processEnv({ DATABASE_URL: `sqlite:${file}` }),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const scratchFile = () => join(mkdtempSync(join(tmpdir(), 'migrate-cli-')), 'council.sqlite');
const migrationNames = sqliteMigrations.map((migration) => new migration().name);

sqliteOnly('npm run migrate', SQLITE_ONLY, () => {
  it('should build the schema on an empty database and seed nothing', async () => {
    const file = scratchFile();
    const { status, output } = migrate(file);
    expect([status, output]).toEqual([0, expect.stringContaining('Schema aktuell')]);
    const tables = await readAllRows(file);
    expect([...tables.migrations.rows.values()].map((row) => row.name)).toEqual(migrationNames);
    expect([tables.member.rows.size, tables.app_user.rows.size]).toEqual([0, 0]);
  });

  it('should bring a release database up to date and exit', async () => {
    const file = scratchFile();
    copyFileSync(FIXTURE, file);
    expect(migrate(file).status).toBe(0);
    const tables = await readAllRows(file);
    expect([...tables.migrations.rows.values()].map((row) => row.name)).toEqual(migrationNames);
    expect(tables.motion.rows.size).toBe(16);
    // A second run finds nothing pending.
    expect(migrate(file).status).toBe(0);
    expect((await readAllRows(file)).migrations.rows.size).toBe(migrationNames.length);
  });

  it('should refuse a pre-migration database with another schema, exit 1 and say why', async () => {
    const file = scratchFile();
    copyFileSync(FIXTURE, file);
    const edit = await new DataSource({ type: 'sqlite', database: file }).initialize();
    await edit.query(`DROP INDEX "IDX_1dedf4a3287f41309fb26a3b1e"`);
    await edit.destroy();
    const { status, output } = migrate(file);
    expect(status).toBe(1);
    expect(output).toMatch(/keine Migrationen.*motion: fehlt index IDX_1dedf4a3287f41309fb26a3b1e/);
    expect((await readAllRows(file)).migrations.rows.size).toBe(0);
  });
});
