import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '../config/config.service';
import { BackupService } from './backup.service';

/** BACKUP_INTERVAL_MINUTES: backups taken by the running app itself (off when unset). */
@Injectable()
export class BackupSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backup');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly config: ConfigService,
    private readonly backups: BackupService,
  ) {}

  onApplicationBootstrap(): void {
    const { intervalMinutes } = this.config.backup;
    const { database } = this.config;
    if (intervalMinutes === null) return;
    if (database.type === 'sqlite' && database.inMemory) {
      this.logger.warn('BACKUP_INTERVAL_MINUTES ignoriert: In-Memory-Datenbank');
      return;
    }
    this.timer = setInterval(() => void this.tick(), intervalMinutes * 60_000);
    // The HTTP server keeps the process alive; the schedule alone must not.
    this.timer.unref();
    this.logger.log(`Sicherung alle ${intervalMinutes} Minuten nach ${this.config.backup.dir}`);
  }

  /** One scheduled backup; skipped while the previous one still runs. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.backups
      .backup()
      .then(({ path, pruned }) => {
        this.logger.log(
          `Sicherung ${path}${pruned.length ? `, ${pruned.length} alte gelöscht` : ''}`,
        );
      })
      .catch((error: unknown) => {
        this.logger.error(
          `Sicherung fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** A backup under way finishes before the process ends (no .partial left behind). */
  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
