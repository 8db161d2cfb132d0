import type { WhipEntryView, WhipHistoryEntry } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { WhipEntryDto } from './dto/whip-entry.dto';
import { WhipService } from './whip.service';

@Controller('motions/:id/whip')
export class WhipController {
  constructor(private readonly whip: WhipService) {}

  @Get()
  list(
    @Param('id', ParseIntPipe) id: number,
    @CurrentUser() user: AuthUser,
  ): Promise<WhipEntryView[]> {
    return this.whip.list(id, user);
  }

  @Get('history')
  history(
    @Param('id', ParseIntPipe) id: number,
    @CurrentUser() user: AuthUser,
  ): Promise<WhipHistoryEntry[]> {
    return this.whip.historyOf(id, user);
  }

  @Put(':groupKey')
  put(
    @Param('id', ParseIntPipe) id: number,
    @Param('groupKey') groupKey: string,
    @Body() body: WhipEntryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<WhipEntryView> {
    return this.whip.put(id, groupKey, body, user);
  }
}
