import 'reflect-metadata';
import { runBackupCli } from './run-backup-cli';

const fail = (error: unknown): number => {
  process.stderr.write(
    `Sicherung fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  return 1;
};

/** `npm run backup`: a consistent copy of DATABASE_URL's database into BACKUP_DIR; prints its path. */
runBackupCli(async (backups) => {
  const { path, pruned } = await backups.backup();
  for (const old of pruned) process.stderr.write(`gelöscht (BACKUP_KEEP): ${old}\n`);
  process.stdout.write(`${path}\n`);
}, fail);
