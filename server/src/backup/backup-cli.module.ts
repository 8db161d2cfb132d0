import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { BackupService } from './backup.service';

/**
 * What `npm run backup` and `npm run restore` need: the validated config, no database
 * connection of the app (restore must not open the file it replaces, nor create a lock on it).
 */
@Module({ imports: [ConfigModule], providers: [BackupService] })
export class BackupCliModule {}
