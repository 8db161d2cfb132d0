import type { WhipEntryView, WhipHistoryEntry } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { WhipEntryDto } from './dto/whip-entry.dto';
import { WhipService } from './whip.service';

/** A motion's whip count addresses its Rat step; `consultations/:cid/whip` any step (api.md v1.2). */
@Controller()
export class WhipController {
  constructor(private readonly whip: WhipService) {}

  @Get('motions/:id/whip')
  list(
    @Param('id', ParseIntPipe) id: number,
    @CurrentUser() user: AuthUser,
  ): Promise<WhipEntryView[]> {
    return this.whip.list({ motionId: id }, user);
  }

  @Get('motions/:id/whip/history')
  history(
    @Param('id', ParseIntPipe) id: number,
    @CurrentUser() user: AuthUser,
  ): Promise<WhipHistoryEntry[]> {
    return this.whip.historyOf({ motionId: id }, user);
  }

  @Put('motions/:id/whip/:groupKey')
  put(
    @Param('id', ParseIntPipe) id: number,
    @Param('groupKey') groupKey: string,
    @Body() body: WhipEntryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<WhipEntryView> {
    return this.whip.put({ motionId: id }, groupKey, body, user);
  }

  @Get('consultations/:cid/whip')
  listOfStep(
    @Param('cid', ParseIntPipe) cid: number,
    @CurrentUser() user: AuthUser,
  ): Promise<WhipEntryView[]> {
    return this.whip.list({ consultationId: cid }, user);
  }

  @Get('consultations/:cid/whip/history')
  historyOfStep(
    @Param('cid', ParseIntPipe) cid: number,
    @CurrentUser() user: AuthUser,
  ): Promise<WhipHistoryEntry[]> {
    return this.whip.historyOf({ consultationId: cid }, user);
  }

  @Put('consultations/:cid/whip/:groupKey')
  putOfStep(
    @Param('cid', ParseIntPipe) cid: number,
    @Param('groupKey') groupKey: string,
    @Body() body: WhipEntryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<WhipEntryView> {
    return this.whip.put({ consultationId: cid }, groupKey, body, user);
  }
}
