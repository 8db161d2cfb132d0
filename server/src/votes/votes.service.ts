import {
  canTransition,
  tallyVote,
  type RecordVoteRequest,
  type RecordedBlock,
  type RecordedVoteView,
  type VoteSource,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth.types';
import { SerialQueue } from '../common/serial-queue';
import { isoDateOrThrow, todayIso } from '../council/membership-rules';
import { MeetingsService } from '../meetings/meetings.service';
import { MotionEntity } from '../motions/motion.entity';
import { MotionsService } from '../motions/motions.service';
import { RealtimeService } from '../realtime/realtime.service';
import { WhipEntryEntity } from '../whip/whip-entry.entity';
import { BallotEntity } from './ballot.entity';
import { mayorVotesOn, votingMembersOn } from './council-day';
import { CouncilDayService } from './council-day.service';
import { addToMemberDays } from './member-days';
import { RecordedVoteEntity } from './recorded-vote.entity';
import {
  blocksFromBallots,
  blocksFromGroupCounts,
  withBallotFacts,
  type BallotRow,
} from './vote-input';
import { toRecordedVoteView } from './vote-view';
import { VotesError } from './votes.errors';

/** Ballots per INSERT: 9 columns × 100 rows stays below SQLite's 999 bound parameters. */
const BALLOT_CHUNK = 100;

type CheckedVote = {
  source: VoteSource;
  blocks: RecordedBlock[];
  rows: BallotRow[];
  votingMembers: number;
};

@Injectable()
export class VotesService {
  /** Recordings run one at a time: status check and transaction never interleave. */
  private readonly writes = new SerialQueue();

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(RecordedVoteEntity) private readonly votes: Repository<RecordedVoteEntity>,
    @InjectRepository(WhipEntryEntity) private readonly whips: Repository<WhipEntryEntity>,
    private readonly motions: MotionsService,
    private readonly meetings: MeetingsService,
    private readonly councilDays: CouncilDayService,
    private readonly realtime: RealtimeService,
  ) {}

  async voteOrThrow(id: number): Promise<RecordedVoteView> {
    const vote = await this.votes.findOne({ where: { id } });
    if (!vote) throw new VotesError('VOTE_NOT_FOUND', `Abstimmung ${id} nicht gefunden`);
    return toRecordedVoteView(vote);
  }

  async votesOfMotion(motionId: number): Promise<RecordedVoteView[]> {
    await this.motions.motionOrThrow(motionId);
    const votes = await this.votes.find({ where: { motionId }, order: { id: 'ASC' } });
    return votes.map(toRecordedVoteView);
  }

  /**
   * Records a vote by ballots or by group counts (exactly one), checked against the council on
   * that day; stores the engine's tally and moves the motion to adopted/rejected in one
   * transaction, then pushes `voteRecorded`, `motion` and `tally`.
   */
  record(motionId: number, request: RecordVoteRequest, user: AuthUser): Promise<RecordedVoteView> {
    return this.writes.run(() => this.recordNow(motionId, request, user));
  }

  private async recordNow(
    motionId: number,
    request: RecordVoteRequest,
    user: AuthUser,
  ): Promise<RecordedVoteView> {
    if ((request.ballots === undefined) === (request.groupCounts === undefined)) {
      throw new VotesError(
        'VOTE_INPUT_REQUIRED',
        'Genau eines von ballots (Einzelstimmen) oder groupCounts (Gruppensummen) angeben',
      );
    }
    const motion = await this.motions.motionOrThrow(motionId);
    if (!canTransition(motion.status, 'adopted') || !canTransition(motion.status, 'rejected')) {
      throw new VotesError(
        'VOTE_NOT_ALLOWED',
        `Über einen Antrag im Status ${motion.status} kann nicht abgestimmt werden ` +
          '(erst auf die Tagesordnung setzen)',
      );
    }
    const meeting =
      request.meetingId === undefined
        ? null
        : await this.meetings.councilMeetingOrThrow(request.meetingId);
    if (request.agendaItemId !== undefined) {
      if (!meeting) throw new VotesError('VOTE_INPUT_REQUIRED', 'agendaItemId braucht meetingId');
      await this.meetings.itemOrThrow(meeting.id, request.agendaItemId);
    }
    const date = isoDateOrThrow(request.date ?? meeting?.date ?? todayIso());
    const checked = await this.checkedVote(motion, date, request);
    const tally = tallyVote({
      votingMembers: checked.votingMembers,
      requiredMajority: motion.requiredMajority,
      blocks: checked.blocks,
    });
    const predictions = (await this.whips.find({ where: { motionId } })).map(
      ({ groupKey, stance, confidence }) => ({ groupKey, stance, confidence }),
    );
    const saved = await this.dataSource.transaction(async (manager) => {
      const vote = await manager.save(
        manager.create(RecordedVoteEntity, {
          motionId,
          meetingId: meeting?.id ?? null,
          agendaItemId: request.agendaItemId ?? null,
          date,
          source: checked.source,
          requiredMajority: motion.requiredMajority,
          votingMembers: checked.votingMembers,
          passes: tally.passes,
          democraticMajority: tally.democraticMajority,
          reliesOnExcluded: tally.reliesOnExcluded,
          blocks: checked.blocks,
          tally,
          predictions,
          recordedBy: user.username,
          recordedAt: new Date().toISOString(),
        }),
      );
      const ballots = withBallotFacts(checked.rows, checked.blocks).map((row) => ({
        ...row,
        voteId: vote.id,
        date,
      }));
      for (let i = 0; i < ballots.length; i += BALLOT_CHUNK) {
        await manager.insert(BallotEntity, ballots.slice(i, i + BALLOT_CHUNK));
      }
      await addToMemberDays(manager, date, tally.passes, ballots);
      const moved = await manager
        .createQueryBuilder()
        .update(MotionEntity)
        .set({ status: tally.passes ? 'adopted' : 'rejected' })
        .where('id = :id AND status = :status', { id: motionId, status: motion.status })
        .execute();
      if (moved.affected !== 1) {
        throw new VotesError('VOTE_NOT_ALLOWED', 'Der Antrag wurde inzwischen geändert');
      }
      return vote;
    });
    const view = toRecordedVoteView(saved);
    await this.motions.publish(await this.motions.motionOrThrow(motionId));
    this.realtime.emitVoteRecorded(view);
    return view;
  }

  private async checkedVote(
    motion: MotionEntity,
    date: string,
    request: RecordVoteRequest,
  ): Promise<CheckedVote> {
    const day = await this.councilDays.on(date);
    const withMayor = mayorVotesOn(day, motion);
    const votingMembers = votingMembersOn(day, withMayor);
    if (request.ballots !== undefined) {
      const { blocks, rows } = blocksFromBallots(day, withMayor, request.ballots);
      return { source: 'ballots', blocks, rows, votingMembers };
    }
    const blocks = blocksFromGroupCounts(day, withMayor, request.groupCounts ?? []);
    return { source: 'groupCounts', blocks, rows: [], votingMembers };
  }
}
