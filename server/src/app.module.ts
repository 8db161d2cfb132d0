import { Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BackupModule } from './backup/backup.module';
import { BodiesModule } from './bodies/bodies.module';
import { ConfigModule } from './config/config.module';
import { CouncilModule } from './council/council.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { LifecycleModule } from './lifecycle/lifecycle.module';
import { DemoModule } from './demo/demo.module';
import { MajorityModule } from './majority/majority.module';
import { MotionsModule } from './motions/motions.module';
import { OparlModule } from './oparl/oparl.module';
import { ImportsModule } from './imports/imports.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RedisModule } from './redis/redis.module';
import { UsersModule } from './users/users.module';
import { WhipModule } from './whip/whip.module';
import { AgendaModule } from './meetings/agenda.module';
import { MeetingsModule } from './meetings/meetings.module';
import { VotesModule } from './votes/votes.module';
import { HistoryModule } from './history/history.module';
import { AgreementModule } from './agreement/agreement.module';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    RedisModule,
    LifecycleModule,
    HealthModule,
    AuditModule,
    AuthModule,
    AccessModule,
    UsersModule,
    CouncilModule,
    BodiesModule,
    MajorityModule,
    MotionsModule,
    WhipModule,
    DemoModule,
    RealtimeModule,
    OparlModule,
    ImportsModule,
    MeetingsModule,
    AgendaModule,
    VotesModule,
    HistoryModule,
    AgreementModule,
    BackupModule,
  ],
})
export class AppModule {}
