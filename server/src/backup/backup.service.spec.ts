import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Database } from 'sqlite3';
import { loadConfig } from '../config/app-config';
import { ConfigService } from '../config/config.service';
import { BackupError, DatabaseInUseError } from './backup.errors';
import { BackupService } from './backup.service';
import { removeInstanceLock, writeInstanceLock } from './instance-lock';

type Connection = {
  run: (sql: string) => Promise<void>;
  rows: (sql: string) => Promise<unknown[]>;
  close: () => Promise<void>;
};

function connect(path: string): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const db = new Database(path, (error) => {
      if (error) return reject(error);
      resolve({
        run: (sql) => new Promise((done, fail) => db.exec(sql, (e) => (e ? fail(e) : done()))),
        rows: (sql) =>
          new Promise((done, fail) => db.all(sql, (e, rows) => (e ? fail(e) : done(rows)))),
        close: () => new Promise((done, fail) => db.close((e) => (e ? fail(e) : done()))),
      });
    });
  });
}

async function createDatabase(path: string): Promise<Connection> {
  const db = await connect(path);
  await db.run(`PRAGMA journal_mode = WAL;
    CREATE TABLE council (id INTEGER PRIMARY KEY, name TEXT);
    CREATE TABLE app_user (id INTEGER PRIMARY KEY, username TEXT);
    INSERT INTO council (name) VALUES ('Rat der Stadt Bochum');
    INSERT INTO app_user (username) VALUES ('admin');`);
  return db;
}

function serviceFor(folder: string, env: Record<string, string> = {}): BackupService {
  const config = loadConfig(
    {
      DATABASE_URL: `sqlite:${join(folder, 'council.sqlite')}`,
      BACKUP_DIR: join(folder, 'backups'),
      ...env,
    },
    folder,
  );
  return new BackupService(new ConfigService(config));
}

const users = async (path: string) => {
  const db = await connect(path);
  try {
    return await db.rows('SELECT username FROM app_user ORDER BY id');
  } finally {
    await db.close();
  }
};

describe('BackupService on SQLite', () => {
  it('should copy only committed rows while another connection holds an open write transaction', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backup-'));
    const writer = await createDatabase(join(folder, 'council.sqlite'));
    await writer.run(`BEGIN IMMEDIATE; INSERT INTO app_user (username) VALUES ('halb');`);

    const { path } = await serviceFor(folder).backup(new Date('2026-02-03T04:05:06.007Z'));

    await writer.run('COMMIT');
    await writer.close();
    expect(basename(path)).toBe('council-2026-02-03T04-05-06-007Z.sqlite');
    expect(await users(path)).toEqual([{ username: 'admin' }]);
    expect(await users(join(folder, 'council.sqlite'))).toEqual([
      { username: 'admin' },
      { username: 'halb' },
    ]);
  });

  it('should keep only the BACKUP_KEEP newest backups after each backup', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backup-'));
    await (await createDatabase(join(folder, 'council.sqlite'))).close();
    const service = serviceFor(folder, { BACKUP_KEEP: '2' });
    const paths: string[] = [];
    for (const day of [1, 2, 3, 4]) {
      paths.push((await service.backup(new Date(Date.UTC(2026, 0, day)))).path);
    }
    expect(readdirSync(join(folder, 'backups')).sort()).toEqual(
      paths.slice(2).map((path) => basename(path)),
    );
  });

  it('should refuse to restore while a live process holds the lock, then restore and keep the old file aside', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backup-'));
    const target = join(folder, 'council.sqlite');
    const db = await createDatabase(target);
    const service = serviceFor(folder);
    const { path } = await service.backup();
    await db.run(`INSERT INTO app_user (username) VALUES ('nach der Sicherung')`);

    const lock = writeInstanceLock(target, process.pid);
    await expect(service.restore(path)).rejects.toThrow(DatabaseInUseError);
    await expect(service.restore(path)).rejects.toThrow(/Wiederherstellung abgelehnt.*Prozess/);
    removeInstanceLock(lock);
    await db.close();

    const { database, keptAside } = await service.restore(path);

    expect(database).toBe(target);
    expect(await users(target)).toEqual([{ username: 'admin' }]);
    expect(keptAside).not.toBeNull();
    expect(await users(keptAside ?? '')).toEqual([
      { username: 'admin' },
      { username: 'nach der Sicherung' },
    ]);
  });

  it('should refuse a file that is not a backup of this app and leave the database alone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backup-'));
    const target = join(folder, 'council.sqlite');
    await (await createDatabase(target)).close();
    const garbage = join(folder, 'kaputt.sqlite');
    writeFileSync(garbage, 'das ist keine Datenbank'.repeat(100));
    const foreign = join(folder, 'fremd.sqlite');
    const other = await connect(foreign);
    await other.run('CREATE TABLE x (a)');
    await other.close();

    await expect(serviceFor(folder).restore(garbage)).rejects.toThrow(BackupError);
    await expect(serviceFor(folder).restore(foreign)).rejects.toThrow(/app_user|council/);
    await expect(serviceFor(folder).restore(join(folder, 'fehlt.sqlite'))).rejects.toThrow(
      /gibt es nicht/,
    );
    expect(await users(target)).toEqual([{ username: 'admin' }]);
    expect(readdirSync(folder).some((name) => name.includes('before-restore'))).toBe(false);
  });

  it('should refuse an in-memory database or a missing file without creating the folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backup-'));
    const inMemory = new BackupService(
      new ConfigService(loadConfig({ DATABASE_URL: 'sqlite::memory:' }, folder)),
    );
    await expect(inMemory.backup()).rejects.toThrow(/In-Memory/);
    await expect(serviceFor(folder).backup()).rejects.toThrow(/gibt es nicht/);
    expect(existsSync(join(folder, 'backups'))).toBe(false);
  });
});
