import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreement/agreement.module';
import { CouncilModule } from '../council/council.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MotionsModule } from '../motions/motions.module';
import { VotesModule } from '../votes/votes.module';
import { WhipModule } from '../whip/whip.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [MotionsModule, WhipModule, AgreementModule, MeetingsModule, VotesModule, CouncilModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
