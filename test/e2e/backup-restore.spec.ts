import type { MemberView, MotionView, WhipEntryView } from '@mehrheitsplaner/shared';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Database, OPEN_READONLY } from 'sqlite3';
import {
  assertBuilt,
  loginAdmin,
  ok,
  runCli,
  send,
  startAppProcess,
  type AppProcess,
} from '../support/app-process';
import { sqliteOnly } from './support/engine';

/** Why the PostgreSQL run leaves this to the SQLite run. */
const SQLITE_ONLY = 'Sicherung als SQLite-Datei; PostgreSQL prüft backup-restore-postgres.spec.ts';

const BACKUP_NAME = /^council-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/;

/** What a user sees of the data: motions, their whip counts, the members. */
async function snapshot(app: AppProcess) {
  const token = await loginAdmin(app.baseUrl);
  const get = <T>(path: string) => ok<T>(send(app.baseUrl, 'GET', path, { token }));
  const motions = await get<MotionView[]>('/api/motions');
  const whip: Record<number, WhipEntryView[]> = {};
  for (const motion of motions) whip[motion.id] = await get(`/api/motions/${motion.id}/whip`);
  const members = await get<MemberView[]>('/api/council/members');
  return { motions, whip, members };
}

function query<T>(file: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new Database(file, OPEN_READONLY, (error) => {
      if (error) return reject(error);
      db.all(sql, (failure, rows) => {
        db.close();
        return failure ? reject(failure) : resolve(rows as T[]);
      });
    });
  });
}

sqliteOnly('npm run backup / npm run restore on the built app', SQLITE_ONLY, () => {
  beforeAll(() => assertBuilt());

  it('should bring back exactly the backed-up data after a wipe, and refuse while the app runs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backup-e2e-'));
    const database = join(folder, 'council.sqlite');
    const backups = join(folder, 'backups');
    const env = { DATABASE_URL: `sqlite:${database}`, BACKUP_DIR: backups };

    const app = await startAppProcess(env);
    const token = await loginAdmin(app.baseUrl);
    const post = <T>(path: string, body: unknown, method = 'POST') =>
      ok<T>(send(app.baseUrl, method, path, { token, body }));
    for (const title of ['Radweg Castroper Straße', 'Schulsanierung', 'Klimabeirat']) {
      const motion = await post<MotionView>('/api/motions', { title });
      await post(
        `/api/motions/${motion.id}/whip/SPD`,
        { stance: 'yes', confidence: 'confirmed' },
        'PUT',
      );
      await post(
        `/api/motions/${motion.id}/whip/CDU`,
        { stance: 'no', confidence: 'likely' },
        'PUT',
      );
    }
    const [member] = await ok<MemberView[]>(
      send(app.baseUrl, 'GET', '/api/council/members', { token }),
    );
    await post(
      `/api/council/members/${member.id}`,
      { name: 'Umbenannt vor der Sicherung' },
      'PATCH',
    );
    const before = await snapshot(app);

    // Online: the app keeps running while the backup is taken.
    const backup = await runCli('backup', [], env);
    expect(backup).toMatchObject({ code: 0 });
    const file = backup.stdout.trim();
    expect(basename(file)).toMatch(BACKUP_NAME);
    expect(existsSync(file)).toBe(true);

    // Written after the backup: must be gone after the restore.
    await post('/api/motions', { title: 'Nach der Sicherung' });

    const refused = await runCli('restore', [file], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Wiederherstellung abgelehnt');
    expect(refused.stderr).toContain(`Prozess ${app.pid}`);
    await ok(send(app.baseUrl, 'GET', '/api/health'));

    expect(await app.stop()).toEqual({ code: 0, signal: null });
    // The wipe, plus a lock file of a process that no longer exists (a crash): it blocks nothing.
    for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });
    writeFileSync(`${database}.99999999.pid`, '99999999\n');

    const restored = await runCli('restore', [file], env);
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.stdout).toContain(`wiederhergestellt: ${database}`);

    const again = await startAppProcess(env);
    try {
      const after = await snapshot(again);
      expect(after).toEqual(before);
      expect(after.motions.map((m) => m.title)).not.toContain('Nach der Sicherung');
      expect(after.members.find((m) => m.id === member.id)?.name).toBe(
        'Umbenannt vor der Sicherung',
      );
    } finally {
      expect(await again.stop()).toEqual({ code: 0, signal: null });
    }
  });

  it('should take a consistent backup while the app is writing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backup-e2e-'));
    const env = {
      DATABASE_URL: `sqlite:${join(folder, 'council.sqlite')}`,
      BACKUP_DIR: join(folder, 'b'),
    };
    const app = await startAppProcess(env);
    try {
      const token = await loginAdmin(app.baseUrl);
      let writing = true;
      let written = 0;
      const writer = (async () => {
        while (writing) {
          await ok(
            send(app.baseUrl, 'POST', '/api/motions', {
              token,
              body: { title: `Last ${written}` },
            }),
          );
          written += 1;
        }
      })();
      while (written < 5) await new Promise((done) => setTimeout(done, 20));
      const atStart = written;
      const backup = await runCli('backup', [], env);
      const atEnd = written;
      writing = false;
      await writer;

      expect(backup).toMatchObject({ code: 0 });
      const file = backup.stdout.trim();
      expect(await query(file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      const [{ n }] = await query<{ n: number }>(
        file,
        "SELECT count(*) AS n FROM motion WHERE title LIKE 'Last %'",
      );
      // A snapshot of one moment: every motion acknowledged before it started, none beyond
      // those acknowledged (or in flight) when it ended.
      expect(n).toBeGreaterThanOrEqual(atStart);
      expect(n).toBeLessThanOrEqual(atEnd + 1);
    } finally {
      await app.stop();
    }
  });

  it('should keep only the BACKUP_KEEP newest backups', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backup-e2e-'));
    const env = {
      DATABASE_URL: `sqlite:${join(folder, 'council.sqlite')}`,
      BACKUP_DIR: join(folder, 'b'),
      BACKUP_KEEP: '2',
    };
    // One start creates the database; the backups then run against the file alone.
    expect(await (await startAppProcess(env)).stop()).toEqual({ code: 0, signal: null });

    const printed: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const result = await runCli('backup', [], env);
      expect(result).toMatchObject({ code: 0 });
      printed.push(basename(result.stdout.trim()));
    }

    expect(new Set(printed).size).toBe(3);
    expect(readdirSync(join(folder, 'b')).sort()).toEqual(printed.slice(1).sort());
  });
});
