import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilModule } from '../council/council.module';
import { MotionsModule } from '../motions/motions.module';
import { TallyModule } from '../tally/tally.module';
import { WhipEntryEntity } from './whip-entry.entity';
import { WhipHistoryEntity } from './whip-history.entity';
import { WhipNoteEntity } from './whip-note.entity';
import { WhipController } from './whip.controller';
import { WhipService } from './whip.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([WhipEntryEntity, WhipHistoryEntity, WhipNoteEntity]),
    CouncilModule,
    MotionsModule,
    TallyModule,
  ],
  controllers: [WhipController],
  providers: [WhipService],
  exports: [WhipService],
})
export class WhipModule {}
