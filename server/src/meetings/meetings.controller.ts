import type { MeetingDetailView, MeetingView } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { CreateMeetingDto, MeetingListQueryDto } from './dto/meeting.dto';
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
}
