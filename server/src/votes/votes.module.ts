import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilModule } from '../council/council.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MotionsModule } from '../motions/motions.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { TallyModule } from '../tally/tally.module';
import { WhipEntryEntity } from '../whip/whip-entry.entity';
import { BallotEntity } from './ballot.entity';
import { LiveEntryController } from './live-entry.controller';
import { LiveEntryService } from './live-entry.service';
import { MeetingLiveGateway } from './meeting-live.gateway';
import { MemberDayEntity } from './member-day.entity';
import { RecordedVoteEntity } from './recorded-vote.entity';
import { ResultVotesService } from './result-votes.service';
import { VoteDraftEntity } from './vote-draft.entity';
import { VotesController } from './votes.controller';
import { VotesService } from './votes.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      RecordedVoteEntity,
      BallotEntity,
      VoteDraftEntity,
      MemberDayEntity,
      WhipEntryEntity,
    ]),
    CouncilModule,
    MeetingsModule,
    MotionsModule,
    RealtimeModule,
    TallyModule,
  ],
  controllers: [VotesController, LiveEntryController],
  providers: [VotesService, ResultVotesService, LiveEntryService, MeetingLiveGateway],
  exports: [VotesService, ResultVotesService, TypeOrmModule],
})
export class VotesModule {}
