import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RealtimeModule } from '../realtime/realtime.module';
import { CouncilSeedService } from './council-seed.service';
import { CouncilSnapshotService } from './council-snapshot.service';
import { CouncilController } from './council.controller';
import { CouncilEntity } from './council.entity';
import { CouncilService } from './council.service';
import { GroupEntity } from './group.entity';
import { MemberEntity } from './member.entity';
import { MembersService } from './members.service';
import { MembershipEntity } from './membership.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([CouncilEntity, GroupEntity, MemberEntity, MembershipEntity]),
    RealtimeModule,
  ],
  controllers: [CouncilController],
  providers: [CouncilSeedService, CouncilService, CouncilSnapshotService, MembersService],
  exports: [CouncilService, CouncilSnapshotService, MembersService],
})
export class CouncilModule {}
