import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BodiesModule } from '../bodies/bodies.module';
import { WhipEntryEntity } from '../whip/whip-entry.entity';
import { TallyService } from './tally.service';

@Module({
  imports: [TypeOrmModule.forFeature([WhipEntryEntity]), BodiesModule],
  providers: [TallyService],
  exports: [TallyService],
})
export class TallyModule {}
