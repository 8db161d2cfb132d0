import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilModule } from '../council/council.module';
import { WhipEntryEntity } from '../whip/whip-entry.entity';
import { TallyService } from './tally.service';

@Module({
  imports: [TypeOrmModule.forFeature([WhipEntryEntity]), CouncilModule],
  providers: [TallyService],
  exports: [TallyService],
})
export class TallyModule {}
