import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupSchedulerService } from '../../server/src/backup/backup-scheduler.service';
import { startTestApp } from './support/test-app';
import { sqliteOnly } from './support/engine';

/** Why the PostgreSQL run leaves this to the SQLite run. */
const SQLITE_ONLY = 'Sicherungsdateien und Sperrdatei neben der SQLite-Datei';

const VARIABLES = ['BACKUP_DIR', 'BACKUP_INTERVAL_MINUTES', 'BACKUP_KEEP'] as const;

sqliteOnly('scheduled backups inside the app', SQLITE_ONLY, () => {
  // startTestApp writes into process.env; later test files must not inherit a schedule.
  afterEach(() => VARIABLES.forEach((name) => delete process.env[name]));

  it('should write backups into BACKUP_DIR on each tick, keep BACKUP_KEEP and hold a lock file while running', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'schedule-'));
    const database = join(folder, 'council.sqlite');
    const dir = join(folder, 'backups');
    const t = await startTestApp({
      env: {
        DATABASE_URL: `sqlite:${database}`,
        BACKUP_DIR: dir,
        BACKUP_INTERVAL_MINUTES: '60',
        BACKUP_KEEP: '2',
      },
    });
    try {
      expect(existsSync(`${database}.${process.pid}.pid`)).toBe(true);
      const scheduler = t.app.get(BackupSchedulerService);
      for (let i = 0; i < 3; i += 1) {
        await scheduler.tick();
        // Backup names carry the time to the millisecond; wait for the next one.
        await new Promise((done) => setTimeout(done, 5));
      }
      const files = readdirSync(dir);
      expect(files).toHaveLength(2);
      expect(files.every((name) => /^council-.+Z\.sqlite$/.test(name))).toBe(true);
    } finally {
      await t.close();
    }
    expect(existsSync(`${database}.${process.pid}.pid`)).toBe(false);
  });
});
