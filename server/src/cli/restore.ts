import 'reflect-metadata';
import { DatabaseInUseError } from '../backup/backup.errors';
import { runBackupCli } from './run-backup-cli';

const USAGE = 'Aufruf: npm run restore -- <Sicherungsdatei>';

/** Exit code 2 for "the app is running", so scripts can tell it from a broken backup (1). */
const fail = (error: unknown): number => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  return error instanceof DatabaseInUseError ? 2 : 1;
};

/** `npm run restore -- <file>`: replaces DATABASE_URL's database with a backup. */
const args = process.argv.slice(2);
if (args.length !== 1 || args[0].startsWith('-')) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(1);
}
runBackupCli(async (backups) => {
  const { database, keptAside } = await backups.restore(args[0]);
  process.stdout.write(`wiederhergestellt: ${database}\n`);
  if (keptAside) process.stdout.write(`vorheriger Stand aufbewahrt: ${keptAside}\n`);
}, fail);
