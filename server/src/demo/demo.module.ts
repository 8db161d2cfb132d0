import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreement/agreement.module';
import { MotionsModule } from '../motions/motions.module';
import { WhipModule } from '../whip/whip.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [MotionsModule, WhipModule, AgreementModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
