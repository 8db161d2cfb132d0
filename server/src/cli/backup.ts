import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { BackupCliModule } from '../backup/backup-cli.module';
import { BackupService } from '../backup/backup.service';

const fail = (error: unknown): number => {
  process.stderr.write(
    `Sicherung fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  return 1;
};

/** `npm run backup`: a consistent copy of DATABASE_URL's database into BACKUP_DIR; prints its path. */
async function main(): Promise<number> {
  const app = await NestFactory.createApplicationContext(BackupCliModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const { path, pruned } = await app.get(BackupService).backup();
    for (const old of pruned) process.stderr.write(`gelöscht (BACKUP_KEEP): ${old}\n`);
    process.stdout.write(`${path}\n`);
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
