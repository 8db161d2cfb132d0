import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilModule } from '../council/council.module';
import { BodiesController } from './bodies.controller';
import { BodiesService } from './bodies.service';
import { BodyEntity } from './body.entity';
import { BodyMembershipEntity } from './body-membership.entity';
import { BodySnapshotService } from './body-snapshot.service';

@Module({
  imports: [TypeOrmModule.forFeature([BodyEntity, BodyMembershipEntity]), CouncilModule],
  controllers: [BodiesController],
  providers: [BodySnapshotService, BodiesService],
  exports: [BodySnapshotService, BodiesService],
})
export class BodiesModule {}
