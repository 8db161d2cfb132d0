import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { BackupCliModule } from '../backup/backup-cli.module';
import { DatabaseInUseError } from '../backup/backup.errors';
import { BackupService } from '../backup/backup.service';

const USAGE = 'Aufruf: npm run restore -- <Sicherungsdatei>';

/** Exit code 2 for "the app is running", so scripts can tell it from a broken backup (1). */
const fail = (error: unknown): number => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  return error instanceof DatabaseInUseError ? 2 : 1;
};

/** `npm run restore -- <file>`: replaces DATABASE_URL's database with a backup. */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  const app = await NestFactory.createApplicationContext(BackupCliModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const { database, keptAside } = await app.get(BackupService).restore(args[0]);
    process.stdout.write(`wiederhergestellt: ${database}\n`);
    if (keptAside) process.stdout.write(`vorheriger Stand aufbewahrt: ${keptAside}\n`);
    return 0;
  } catch (error) {
    return fail(error);
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(fail(error)),
);
