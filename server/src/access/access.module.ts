import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { CouncilModule } from '../council/council.module';
import { AccessGuard } from './access.guard';

/** Who may do what: the global guard over every route and socket event. */
@Module({
  imports: [AuthModule, CouncilModule],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
})
export class AccessModule {}
