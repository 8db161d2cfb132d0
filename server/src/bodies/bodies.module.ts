import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilModule } from '../council/council.module';
import { BodyEntity } from './body.entity';
import { BodyMembershipEntity } from './body-membership.entity';
import { BodySnapshotService } from './body-snapshot.service';

@Module({
  imports: [TypeOrmModule.forFeature([BodyEntity, BodyMembershipEntity]), CouncilModule],
  providers: [BodySnapshotService],
  exports: [BodySnapshotService],
})
export class BodiesModule {}
