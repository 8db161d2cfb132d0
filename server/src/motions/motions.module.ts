import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgreementChapterEntity } from '../agreement/agreement.entities';
import { CouncilModule } from '../council/council.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { TallyModule } from '../tally/tally.module';
import { MotionEntity } from './motion.entity';
import { MotionsController } from './motions.controller';
import { MotionsService } from './motions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([MotionEntity, AgreementChapterEntity]),
    CouncilModule,
    MeetingsModule,
    TallyModule,
    RealtimeModule,
  ],
  controllers: [MotionsController],
  providers: [MotionsService],
  exports: [MotionsService],
})
export class MotionsModule {}
