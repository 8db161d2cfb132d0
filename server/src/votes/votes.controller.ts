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

  /** A motion's vote is its Rat step's: it decides the motion. */
  @Post('motions/:id/votes')
  record(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: RecordVoteDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RecordedVoteView> {
    return this.votes.record({ motionId: id }, body, user);
  }

  @Get('motions/:id/votes')
  ofMotion(@Param('id', ParseIntPipe) id: number): Promise<RecordedVoteView[]> {
    return this.votes.votesOfMotion(id);
  }

  /** A vote in one step of the path (a committee's records its result only). */
  @Post('consultations/:cid/votes')
  recordInStep(
    @Param('cid', ParseIntPipe) cid: number,
    @Body() body: RecordVoteDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RecordedVoteView> {
    return this.votes.record({ consultationId: cid }, body, user);
  }

  @Get('consultations/:cid/votes')
  ofStep(@Param('cid', ParseIntPipe) cid: number): Promise<RecordedVoteView[]> {
    return this.votes.votesOfStep(cid);
  }

  @Get('votes/:id')
  get(@Param('id', ParseIntPipe) id: number): Promise<RecordedVoteView> {
    return this.votes.voteOrThrow(id);
  }

  /** Voids the vote (admin): it stays on record, marked void, and its step (and motion) reopen. */
  @Delete('votes/:id')
  void(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: VoidVoteDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RecordedVoteView> {
    return this.votes.void(id, body.reason, user);
  }
}
