import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export type BackupEngine = 'sqlite' | 'postgres';

const PREFIX = 'council-';
const EXTENSION: Record<BackupEngine, string> = { sqlite: '.sqlite', postgres: '.dump' };
/** council-2026-11-30T02-05-00-123Z.sqlite: sorting the names sorts them by time. */
const NAME = /^council-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.(sqlite|dump)$/;

/** The file name of a backup taken at `at` (UTC, no colons so it is valid on every file system). */
export function backupFileName(at: Date, engine: BackupEngine): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${PREFIX}${stamp}${EXTENSION[engine]}`;
}

/** Backups in `dir` (only files named by backupFileName), newest first. */
export function listBackups(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => NAME.test(name))
    .sort()
    .reverse();
}

/** The backups beyond the `keep` newest, which retention deletes. */
export function backupsBeyond(namesNewestFirst: string[], keep: number): string[] {
  return namesNewestFirst.slice(Math.max(keep, 1));
}

/** Deletes every backup in `dir` but the `keep` newest; returns the deleted paths. */
export function pruneBackups(dir: string, keep: number): string[] {
  const doomed = backupsBeyond(listBackups(dir), keep).map((name) => join(dir, name));
  for (const path of doomed) rmSync(path, { force: true });
  return doomed;
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/** A timestamp for files kept aside (before-restore copies), in the same style as backups. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}
