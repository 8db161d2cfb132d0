import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BodiesModule } from '../bodies/bodies.module';
import { CouncilModule } from '../council/council.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MotionsModule } from '../motions/motions.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { VotesModule } from '../votes/votes.module';
import { ExternalRefEntity } from './external-ref.entity';
import { OparlImportStateEntity } from './oparl-import-state.entity';
import { OparlImportService } from './oparl-import.service';
import { OparlJobsService } from './oparl-jobs.service';
import { OparlController } from './oparl.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([ExternalRefEntity, OparlImportStateEntity]),
    BodiesModule,
    CouncilModule,
    MeetingsModule,
    MotionsModule,
    RealtimeModule,
    VotesModule,
  ],
  controllers: [OparlController],
  providers: [OparlImportService, OparlJobsService],
  exports: [OparlImportService],
})
export class OparlModule {}
