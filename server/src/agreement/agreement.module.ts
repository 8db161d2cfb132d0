import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HistoryModule } from '../history/history.module';
import { MotionsModule } from '../motions/motions.module';
import { AgreementController } from './agreement.controller';
import {
  AgreementChapterEntity,
  AgreementPledgeEntity,
  MotionPledgeEntity,
} from './agreement.entities';
import { AgreementSeedService } from './agreement-seed.service';
import { AgreementService } from './agreement.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AgreementChapterEntity, AgreementPledgeEntity, MotionPledgeEntity]),
    MotionsModule,
    HistoryModule,
  ],
  controllers: [AgreementController],
  providers: [AgreementSeedService, AgreementService],
  exports: [AgreementService],
})
export class AgreementModule {}
