import type { RecordedVoteView } from '@mehrheitsplaner/shared';
import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { RecordVoteDto } from './dto/record-vote.dto';
import { VoidVoteDto } from './dto/void-vote.dto';
import { VotesService } from './votes.service';

@Controller()
export class VotesController {
  constructor(private readonly votes: VotesService) {}

  @Post('motions/:id/votes')
  record(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: RecordVoteDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RecordedVoteView> {
    return this.votes.record(id, body, user);
  }

  @Get('motions/:id/votes')
  ofMotion(@Param('id', ParseIntPipe) id: number): Promise<RecordedVoteView[]> {
    return this.votes.votesOfMotion(id);
  }

  @Get('votes/:id')
  get(@Param('id', ParseIntPipe) id: number): Promise<RecordedVoteView> {
    return this.votes.voteOrThrow(id);
  }

  /** Voids the vote (admin): it stays on record, marked void, and its motion reopens. */
  @Delete('votes/:id')
  void(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: VoidVoteDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RecordedVoteView> {
    return this.votes.void(id, body.reason, user);
  }
}
