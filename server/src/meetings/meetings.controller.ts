import type { AgendaItemView, MeetingDetailView, MeetingView } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import {
  CreateAgendaItemDto,
  CreateMeetingDto,
  MeetingListQueryDto,
  PatchAgendaItemDto,
} from './dto/meeting.dto';
import { MeetingsService } from './meetings.service';

@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get()
  list(@Query() query: MeetingListQueryDto): Promise<MeetingView[]> {
    return this.meetings.list(query);
  }

  @Post()
  create(@Body() body: CreateMeetingDto): Promise<MeetingDetailView> {
    return this.meetings.create(body);
  }

  @Get(':id')
  detail(@Param('id', ParseIntPipe) id: number): Promise<MeetingDetailView> {
    return this.meetings.detail(id);
  }

  @Post(':id/items')
  createItem(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: CreateAgendaItemDto,
  ): Promise<AgendaItemView> {
    return this.meetings.createItem(id, body);
  }

  @Patch(':id/items/:itemId')
  patchItem(
    @Param('id', ParseIntPipe) id: number,
    @Param('itemId', ParseIntPipe) itemId: number,
    @Body() body: PatchAgendaItemDto,
  ): Promise<AgendaItemView> {
    return this.meetings.patchItem(id, itemId, body);
  }
}
