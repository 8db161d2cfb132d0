import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LiveGateway } from './live.gateway';
import { MotionChangePublisher } from './motion-change-publisher';
import { RealtimeService } from './realtime.service';

@Module({
  imports: [AuthModule],
  providers: [RealtimeService, MotionChangePublisher, LiveGateway],
  exports: [RealtimeService, MotionChangePublisher],
})
export class RealtimeModule {}
