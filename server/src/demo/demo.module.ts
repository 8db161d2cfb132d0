import { Module } from '@nestjs/common';
import { MotionsModule } from '../motions/motions.module';
import { WhipModule } from '../whip/whip.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [MotionsModule, WhipModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
