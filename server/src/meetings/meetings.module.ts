import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';

/** Meetings (Sitzungen) and their agenda items; filled by the OParl import. */
@Module({
  imports: [TypeOrmModule.forFeature([MeetingEntity, AgendaItemEntity])],
  exports: [TypeOrmModule],
})
export class MeetingsModule {}
