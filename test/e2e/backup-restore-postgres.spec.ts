import type { MemberView, MotionView, WhipEntryView } from '@mehrheitsplaner/shared';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  onScratchDatabase,
  startTempPostgres,
  type TempPostgres,
} from '../../server/src/cli/temp-postgres';
import {
  assertBuilt,
  loginAdmin,
  ok,
  runCli,
  send,
  startAppProcess,
  type AppProcess,
} from '../support/app-process';

/**
 * DATABASE_URL_PG names a server whose user may create databases (as in the migration tests);
 * without it a throwaway cluster of the installed PostgreSQL is started. The test works on a
 * scratch database that is dropped afterwards.
 */
async function postgresServer(): Promise<TempPostgres> {
  const given = process.env.DATABASE_URL_PG;
  if (given) return { url: given, stop: () => undefined };
  const temp = await startTempPostgres();
  if (!temp) {
    throw new Error(
      'Kein PostgreSQL: DATABASE_URL_PG setzen oder PostgreSQL (initdb) installieren',
    );
  }
  return temp;
}

async function snapshot(app: AppProcess) {
  const token = await loginAdmin(app.baseUrl);
  const get = <T>(path: string) => ok<T>(send(app.baseUrl, 'GET', path, { token }));
  const motions = await get<MotionView[]>('/api/motions');
  const whip: Record<number, WhipEntryView[]> = {};
  for (const motion of motions) whip[motion.id] = await get(`/api/motions/${motion.id}/whip`);
  const members = await get<MemberView[]>('/api/council/members');
  return { motions, whip, members };
}

describe('backup and restore on PostgreSQL', () => {
  let server: TempPostgres | null = null;
  beforeAll(async () => {
    assertBuilt();
    server = await postgresServer();
  });
  afterAll(() => server?.stop());

  it('should restore the backed-up data with pg_restore after a wipe and refuse while the app is connected', async () => {
    if (!server) throw new Error('PostgreSQL did not start');
    await onScratchDatabase(server.url, async (url) => {
      const backups = mkdtempSync(join(tmpdir(), 'backup-pg-'));
      const env = { DATABASE_URL: url, BACKUP_DIR: backups };
      const app = await startAppProcess(env);
      const token = await loginAdmin(app.baseUrl);
      const write = <T>(method: string, path: string, body: unknown) =>
        ok<T>(send(app.baseUrl, method, path, { token, body }));
      for (const title of ['Radweg Castroper Straße', 'Schulsanierung']) {
        const motion = await write<MotionView>('POST', '/api/motions', { title });
        await write('PUT', `/api/motions/${motion.id}/whip/SPD`, {
          stance: 'yes',
          confidence: 'confirmed',
        });
      }
      const before = await snapshot(app);

      const backup = await runCli('backup', [], env);
      expect(backup).toMatchObject({ code: 0 });
      const file = backup.stdout.trim();
      expect(basename(file)).toMatch(/^council-.+Z\.dump$/);
      await write('POST', '/api/motions', { title: 'Nach der Sicherung' });

      const refused = await runCli('restore', [file], env);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('Wiederherstellung abgelehnt');

      expect(await app.stop()).toEqual({ code: 0, signal: null });
      execFileSync(
        'psql',
        [
          '--no-psqlrc',
          `--dbname=${url}`,
          '--quiet',
          '--command=DROP SCHEMA public CASCADE; CREATE SCHEMA public;',
        ],
        { stdio: 'pipe' },
      );

      const restored = await runCli('restore', [file], env);
      expect(restored).toMatchObject({ code: 0 });
      const aside = /vorheriger Stand aufbewahrt: (.+)/.exec(restored.stdout)?.[1] ?? '';
      expect(existsSync(aside)).toBe(true);

      const again = await startAppProcess(env);
      try {
        const after = await snapshot(again);
        expect(after).toEqual(before);
        expect(after.motions.map((m) => m.title)).not.toContain('Nach der Sicherung');
      } finally {
        expect(await again.stop()).toEqual({ code: 0, signal: null });
      }
    });
  });

  it('should answer 503 while PostgreSQL refuses the app and 200 again once it is back', async () => {
    if (!server) throw new Error('PostgreSQL did not start');
    const admin = server.url;
    await onScratchDatabase(admin, async (url) => {
      const name = new URL(url).pathname.slice(1);
      const psql = (sql: string) =>
        execFileSync('psql', ['--no-psqlrc', '--quiet', `--dbname=${admin}`, `--command=${sql}`], {
          stdio: 'pipe',
        });
      const app = await startAppProcess({ DATABASE_URL: url });
      try {
        // The database stops taking connections and drops the app's: "unreachable" for the app.
        psql(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
        psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
        const down = await send(app.baseUrl, 'GET', '/api/health');
        expect(down).toEqual({
          kind: 'response',
          status: 503,
          body: { status: 'unavailable', database: 'unreachable', shuttingDown: false },
        });

        psql(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
        const up = await send(app.baseUrl, 'GET', '/api/health');
        expect(up).toEqual({
          kind: 'response',
          status: 200,
          body: { status: 'ok', database: 'ok' },
        });
      } finally {
        await app.stop();
      }
    });
  });
});
