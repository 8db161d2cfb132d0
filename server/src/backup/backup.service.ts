import { Injectable, Logger } from '@nestjs/common';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigService } from '../config/config.service';
import type { DatabaseConfig } from '../config/database-url';
import { BackupError, DatabaseInUseError } from './backup.errors';
import { backupFileName, ensureDir, fileStamp, pruneBackups } from './backup-files';
import { syncFile } from './durable-fs';
import { runningInstances } from './instance-lock';
import { otherSessions, pgBackupProblem, pgDump, pgRestore } from './postgres-tools';
import { sqliteBackupProblem, vacuumInto } from './sqlite-file';

export type BackupResult = { path: string; pruned: string[] };
export type RestoreResult = { database: string; keptAside: string | null };

/** SQLite's companions of a database file; a -wal left behind would be replayed into the new file. */
const SQLITE_SIDE_FILES = ['-wal', '-shm', '-journal'];

function sqliteFile(database: DatabaseConfig): string {
  if (database.type !== 'sqlite') throw new BackupError('Keine SQLite-Datenbank');
  if (database.inMemory) {
    throw new BackupError(
      'DATABASE_URL nennt eine In-Memory-Datenbank: da gibt es nichts zu sichern',
    );
  }
  return database.database;
}

/** `npm run backup` / `npm run restore` and the scheduled backups of the running app. */
@Injectable()
export class BackupService {
  private readonly logger = new Logger('Backup');

  constructor(private readonly config: ConfigService) {}

  /** Takes a consistent backup while the app may run, then applies BACKUP_KEEP. */
  async backup(at = new Date()): Promise<BackupResult> {
    const { database } = this.config;
    const { dir, keep } = this.config.backup;
    const source = database.type === 'postgres' ? null : sqliteFile(database);
    if (source !== null && !existsSync(source)) {
      throw new BackupError(`Die Datenbankdatei ${source} gibt es nicht`);
    }
    ensureDir(dir);
    const path = join(dir, backupFileName(at, database.type));
    if (existsSync(path)) throw new BackupError(`${path} gibt es schon`);
    // Written under another name first, so retention and restore never see half a backup.
    const partial = `${path}.partial`;
    rmSync(partial, { force: true });
    try {
      if (database.type === 'postgres') await pgDump(database.url, partial);
      else await vacuumInto(source ?? '', partial);
      const problem =
        database.type === 'postgres'
          ? await pgBackupProblem(partial)
          : await sqliteBackupProblem(partial);
      if (problem) throw new BackupError(`Die neue Sicherung ist unbrauchbar: ${problem}`);
      renameSync(partial, path);
      syncFile(path);
    } finally {
      rmSync(partial, { force: true });
    }
    const pruned = keep === null ? [] : pruneBackups(dir, keep);
    return { path, pruned };
  }

  /**
   * Replaces the configured database with `file` after checking it; refuses while a process uses
   * that database. The replaced database is kept aside (SQLite: beside the file; PostgreSQL: a
   * dump in BACKUP_DIR).
   */
  async restore(file: string, at = new Date()): Promise<RestoreResult> {
    const source = resolve(file);
    if (!existsSync(source)) throw new BackupError(`Die Sicherung ${source} gibt es nicht`);
    const { database } = this.config;
    return database.type === 'postgres'
      ? this.restorePostgres(database.url, source, at)
      : this.restoreSqlite(sqliteFile(database), source, at);
  }

  private async restoreSqlite(target: string, source: string, at: Date): Promise<RestoreResult> {
    const problem = await sqliteBackupProblem(source);
    if (problem) throw new BackupError(`Die Sicherung ${source} ist unbrauchbar: ${problem}`);
    const pids = runningInstances(target);
    if (pids.length > 0) {
      throw new DatabaseInUseError(
        `Wiederherstellung abgelehnt: ${target} ist in Benutzung (Prozess ${pids.join(', ')}). ` +
          'Erst die App (und laufende Importe) beenden, dann erneut versuchen.',
      );
    }
    ensureDir(dirname(target));
    const incoming = `${target}.restoring`;
    copyFileSync(source, incoming);
    syncFile(incoming);
    let keptAside: string | null = null;
    if (existsSync(target)) {
      keptAside = `${target}.before-restore-${fileStamp(at)}`;
      renameSync(target, keptAside);
      // The side files move along, so the kept copy still opens with every committed row.
      for (const suffix of SQLITE_SIDE_FILES) {
        if (existsSync(target + suffix)) renameSync(target + suffix, keptAside + suffix);
      }
    }
    renameSync(incoming, target);
    syncFile(target);
    this.logger.log(`${target} aus ${source} wiederhergestellt`);
    return { database: target, keptAside };
  }

  private async restorePostgres(url: string, source: string, at: Date): Promise<RestoreResult> {
    const problem = await pgBackupProblem(source);
    if (problem) throw new BackupError(`Die Sicherung ${source} ist unbrauchbar: ${problem}`);
    const sessions = await otherSessions(url);
    if (sessions.length > 0) {
      const who = sessions.map((s) => `${s.pid} ${s.applicationName || '?'}`).join(', ');
      throw new DatabaseInUseError(
        `Wiederherstellung abgelehnt: die Datenbank hat noch Verbindungen (${who}). ` +
          'Erst die App (und laufende Importe) beenden, dann erneut versuchen.',
      );
    }
    const { dir } = this.config.backup;
    ensureDir(dir);
    const keptAside = join(dir, `before-restore-${fileStamp(at)}.dump`);
    await pgDump(url, keptAside);
    await pgRestore(url, source);
    this.logger.log(`PostgreSQL-Datenbank aus ${source} wiederhergestellt`);
    return { database: url.replace(/\/\/[^@/]*@/, '//'), keptAside };
  }
}
