import { Module } from '@nestjs/common';
import { BackupSchedulerService } from './backup-scheduler.service';
import { BackupService } from './backup.service';
import { InstanceLockService } from './instance-lock.service';

/** Scheduled backups and the lock file that tells `npm run restore` the app is running. */
@Module({
  providers: [BackupService, BackupSchedulerService, InstanceLockService],
  exports: [BackupService],
})
export class BackupModule {}
