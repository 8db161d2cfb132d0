import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupFileName, backupsBeyond, listBackups, pruneBackups } from './backup-files';

describe('backup file names', () => {
  it('should carry the UTC time without colons and the engine in the extension', () => {
    const at = new Date('2026-03-01T07:08:09.010Z');
    expect(backupFileName(at, 'sqlite')).toBe('council-2026-03-01T07-08-09-010Z.sqlite');
    expect(backupFileName(at, 'postgres')).toBe('council-2026-03-01T07-08-09-010Z.dump');
  });

  it('should list only backups, newest first, when other files share the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backups-'));
    const names = [
      '2026-01-02T00-00-00-000Z',
      '2025-12-31T23-59-59-999Z',
      '2026-01-01T12-00-00-000Z',
    ].map((stamp) => `council-${stamp}.sqlite`);
    for (const name of [...names, 'notes.txt', `${names[0]}.partial`]) {
      writeFileSync(join(dir, name), '');
    }
    expect(listBackups(dir)).toEqual([names[0], names[2], names[1]]);
  });

  it('should keep the newest `keep` and delete the rest when pruning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backups-'));
    const stamps = [1, 2, 3, 4, 5].map((day) => new Date(Date.UTC(2026, 0, day)));
    for (const at of stamps) writeFileSync(join(dir, backupFileName(at, 'sqlite')), '');
    writeFileSync(join(dir, 'council.sqlite.before-restore-x'), '');

    const deleted = pruneBackups(dir, 2);

    expect(deleted).toHaveLength(3);
    expect(readdirSync(dir).sort()).toEqual([
      backupFileName(stamps[3], 'sqlite'),
      backupFileName(stamps[4], 'sqlite'),
      'council.sqlite.before-restore-x',
    ]);
  });

  it('should never prune the newest backup even when keep is below one', () => {
    expect(backupsBeyond(['b', 'a'], 0)).toEqual(['a']);
  });
});
