import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Every process that opens a SQLite file (the app, the import and seed commands) leaves
 * `<file>.<pid>.pid` beside it while it runs, so `npm run restore` can refuse to pull the file
 * away under it. One file per process, because an import may run beside the app.
 */
export function instanceLockPath(database: string, pid: number): string {
  return `${database}.${pid}.pid`;
}

export function writeInstanceLock(database: string, pid: number): string {
  const path = instanceLockPath(database, pid);
  writeFileSync(path, `${pid}\n`);
  return path;
}

export function removeInstanceLock(path: string): void {
  rmSync(path, { force: true });
}

/** EPERM means the process exists but belongs to someone else: still alive. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The pids of live processes that have `database` open. Lock files of dead processes (a crash, a
 * SIGKILL) are stale: they are removed and block nothing.
 */
export function runningInstances(database: string, alive = isProcessAlive): number[] {
  const folder = dirname(database);
  const prefix = `${basename(database)}.`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.pid')) continue;
    const digits = name.slice(prefix.length, -'.pid'.length);
    if (!/^\d+$/.test(digits)) continue;
    const pid = Number(digits);
    if (alive(pid)) pids.push(pid);
    else removeInstanceLock(join(folder, name));
  }
  return pids.sort((a, b) => a - b);
}
