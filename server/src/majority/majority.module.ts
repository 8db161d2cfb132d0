import { Module } from '@nestjs/common';
import { CouncilModule } from '../council/council.module';
import { MajorityController } from './majority.controller';
import { MajorityService } from './majority.service';

@Module({
  imports: [CouncilModule],
  controllers: [MajorityController],
  providers: [MajorityService],
})
export class MajorityModule {}
