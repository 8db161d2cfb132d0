import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  instanceLockPath,
  isProcessAlive,
  removeInstanceLock,
  runningInstances,
  writeInstanceLock,
} from './instance-lock';

describe('instance lock files', () => {
  const database = () => join(mkdtempSync(join(tmpdir(), 'lock-')), 'council.sqlite');

  it('should report a live process while its lock file exists', () => {
    const db = database();
    const path = writeInstanceLock(db, process.pid);
    expect(runningInstances(db)).toEqual([process.pid]);
    removeInstanceLock(path);
    expect(runningInstances(db)).toEqual([]);
  });

  it('should remove a stale lock of a dead pid and not report it', () => {
    const db = database();
    writeInstanceLock(db, 4242);
    writeInstanceLock(db, 4343);
    const alive = (pid: number) => pid === 4343;
    expect(runningInstances(db, alive)).toEqual([4343]);
    expect(existsSync(instanceLockPath(db, 4242))).toBe(false);
    expect(existsSync(instanceLockPath(db, 4343))).toBe(true);
  });

  it('should ignore lock files of another database in the same folder', () => {
    const db = database();
    writeFileSync(`${db}-other.1.pid`, '');
    writeFileSync(join(db, '..', 'council.sqlite.backup.pid'), '');
    expect(runningInstances(db, () => true)).toEqual([]);
  });

  it('should tell a live pid from a dead one', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    // Above the kernel's pid_max (4194304), so no process can have it.
    expect(isProcessAlive(99_999_999)).toBe(false);
  });
});
