import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgreementChapterEntity } from '../agreement/agreement.entities';
import { CouncilModule } from '../council/council.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { TallyModule } from '../tally/tally.module';
import { BodiesModule } from '../bodies/bodies.module';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsService } from './consultations.service';
import { MotionEntity } from './motion.entity';
import { MotionsController } from './motions.controller';
import { MotionsService } from './motions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([MotionEntity, ConsultationEntity, AgreementChapterEntity]),
    CouncilModule,
    MeetingsModule,
    TallyModule,
    RealtimeModule,
    BodiesModule,
  ],
  controllers: [MotionsController, ConsultationsController],
  providers: [MotionsService, ConsultationsService],
  exports: [MotionsService, ConsultationsService],
})
export class MotionsModule {}
