import type { DraftView, RecordedVoteView } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { DraftEntryDto } from './dto/record-vote.dto';
import { CloseDraftDto } from './live-entry.dto';
import { LiveEntryService } from './live-entry.service';

@Controller('meetings/:id/items/:itemId/draft')
export class LiveEntryController {
  constructor(private readonly live: LiveEntryService) {}

  @Get()
  draft(
    @Param('id', ParseIntPipe) id: number,
    @Param('itemId', ParseIntPipe) itemId: number,
  ): Promise<DraftView> {
    return this.live.draft(id, itemId);
  }

  @Put()
  enter(
    @Param('id', ParseIntPipe) id: number,
    @Param('itemId', ParseIntPipe) itemId: number,
    @Body() body: DraftEntryDto,
  ): Promise<DraftView> {
    return this.live.enter(id, itemId, body);
  }

  @Post('close')
  close(
    @Param('id', ParseIntPipe) id: number,
    @Param('itemId', ParseIntPipe) itemId: number,
    @Body() body: CloseDraftDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RecordedVoteView> {
    return this.live.close(id, itemId, user, body.missingAbsent === true);
  }
}
