import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupEntity } from '../council/group.entity';
import { MemberEntity } from '../council/member.entity';
import { BallotEntity } from '../votes/ballot.entity';
import { MemberDayEntity } from '../votes/member-day.entity';
import { RecordedVoteEntity } from '../votes/recorded-vote.entity';
import { HistoryController } from './history.controller';
import { HistoryRepository } from './history.repository';
import { HistoryService } from './history.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      RecordedVoteEntity,
      BallotEntity,
      MemberDayEntity,
      MemberEntity,
      GroupEntity,
    ]),
  ],
  controllers: [HistoryController],
  providers: [HistoryService, HistoryRepository],
  exports: [HistoryRepository],
})
export class HistoryModule {}
