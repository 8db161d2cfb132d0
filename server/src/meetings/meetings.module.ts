import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MotionEntity } from '../motions/motion.entity';
import { RecordedVoteEntity } from '../votes/recorded-vote.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

/** Meetings (Sitzungen) and their agenda items: created here or by the OParl import. */
@Module({
  imports: [
    TypeOrmModule.forFeature([MeetingEntity, AgendaItemEntity, MotionEntity, RecordedVoteEntity]),
  ],
  controllers: [MeetingsController],
  providers: [MeetingsService],
  exports: [TypeOrmModule, MeetingsService],
})
export class MeetingsModule {}
