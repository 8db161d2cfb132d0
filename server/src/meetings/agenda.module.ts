import { Module } from '@nestjs/common';
import { MotionsModule } from '../motions/motions.module';
import { AgendaController } from './agenda.controller';
import { AgendaService } from './agenda.service';
import { MeetingsModule } from './meetings.module';

/** The agenda routes: they need both the meetings and the motions module (see AgendaService). */
@Module({
  imports: [MeetingsModule, MotionsModule],
  controllers: [AgendaController],
  providers: [AgendaService],
})
export class AgendaModule {}
