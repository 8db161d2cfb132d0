import { NestFactory } from '@nestjs/core';
import { BackupCliModule } from '../backup/backup-cli.module';
import { BackupService } from '../backup/backup.service';

/**
 * The frame of `npm run backup` and `npm run restore`: one BackupService call in a Nest context
 * that is closed afterwards, then exit 0, or the exit code `fail` gives the error.
 */
export function runBackupCli(
  work: (backups: BackupService) => Promise<void>,
  fail: (error: unknown) => number,
): void {
  const run = async (): Promise<number> => {
    const app = await NestFactory.createApplicationContext(BackupCliModule, {
      logger: ['error', 'warn'],
      abortOnError: false,
    });
    try {
      await work(app.get(BackupService));
      return 0;
    } catch (error) {
      return fail(error);
    } finally {
      await app.close();
    }
  };
  run().then(
    (code) => process.exit(code),
    (error: unknown) => process.exit(fail(error)),
  );
}
