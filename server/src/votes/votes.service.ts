import {
  mayorVotesOn,
  canRecordVote,
  countingRules,
  GO_NRW_RULES,
  tallyVote,
  type RecordVoteRequest,
  type RecordedBlock,
  type RecordedVoteView,
  type VoteSource,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { votingMembersOn } from '../council/council-snapshot';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth.types';
import { isoDateOrThrow, todayIso } from '../council/membership-rules';
import { UnitOfWork } from '../database/unit-of-work';
import { MeetingsService } from '../meetings/meetings.service';
import type { ConsultationEntity } from '../motions/consultation.entity';
import type { MotionEntity } from '../motions/motion.entity';
import { voteRefusalText } from '../motions/motion-rules';
import { MotionsService } from '../motions/motions.service';
import { TallyService } from '../tally/tally.service';
import { WhipEntryEntity } from '../whip/whip-entry.entity';
import { BallotEntity } from './ballot.entity';
import { addToMemberDays, removeFromMemberDays } from './member-days';
import { RecordedVoteEntity } from './recorded-vote.entity';
import {
  blocksFromBallots,
  blocksFromGroupCounts,
  withBallotFacts,
  type BallotRow,
} from './vote-input';
import { toRecordedVoteView } from './vote-view';
import { VotesError } from './votes.errors';

/** What a route names: a motion (its Rat step) or one step of its path. */
export type VoteTarget = { motionId: number } | { consultationId: number };

/** Ballots per INSERT: 9 columns × 100 rows stays below SQLite's 999 bound parameters. */
const BALLOT_CHUNK = 100;

type CheckedVote = {
  source: VoteSource;
  blocks: RecordedBlock[];
  rows: BallotRow[];
  votingMembers: number;
  /** The body's rules on the day, applied to the motion's majority (countingRules). */
  counting: ReturnType<typeof countingRules>;
};

@Injectable()
export class VotesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly motions: MotionsService,
    private readonly meetings: MeetingsService,
    private readonly tally: TallyService,
    private readonly audit: AuditService,
  ) {}

  /** The step a route names: the motion's Rat step, or a consultation by its id. */
  private async stepOf(target: VoteTarget): Promise<ConsultationEntity> {
    if ('consultationId' in target) return this.motions.stepOrThrow(target.consultationId);
    await this.motions.motionOrThrow(target.motionId);
    return this.motions.ratStepOrThrow(target.motionId);
  }

  private get votes() {
    return this.uow.repo(RecordedVoteEntity);
  }

  async voteOrThrow(id: number): Promise<RecordedVoteView> {
    const vote = await this.votes.findOne({ where: { id } });
    if (!vote) throw new VotesError('VOTE_NOT_FOUND', `Abstimmung ${id} nicht gefunden`);
    return toRecordedVoteView(vote);
  }

  /** GET /api/motions/:id/votes: the motion-level route addresses the Rat's step (api.md v1.2). */
  async votesOfMotion(motionId: number): Promise<RecordedVoteView[]> {
    await this.motions.motionOrThrow(motionId);
    return this.votesIn((await this.motions.ratStepOrThrow(motionId)).id);
  }

  async votesOfStep(consultationId: number): Promise<RecordedVoteView[]> {
    await this.motions.stepOrThrow(consultationId);
    return this.votesIn(consultationId);
  }

  private async votesIn(consultationId: number): Promise<RecordedVoteView[]> {
    const votes = await this.votes.find({ where: { consultationId }, order: { id: 'ASC' } });
    return votes.map(toRecordedVoteView);
  }

  /**
   * Records a vote by ballots or by group counts (exactly one), checked against the council on
   * that day; stores the engine's tally and moves the motion to adopted/rejected in one
   * transaction, then pushes `voteRecorded`, `motion` and `tally`.
   */
  async record(
    target: VoteTarget,
    request: RecordVoteRequest,
    user: AuthUser,
  ): Promise<RecordedVoteView> {
    const view = await this.uow.run(() => this.store(target, request, user));
    await this.publishRecorded(view);
    return view;
  }

  /** Pushes a committed vote to the live rooms: the vote, then the motion it decided and its tally. */
  async publishRecorded(view: RecordedVoteView): Promise<void> {
    const motion = await this.motions.motionOrThrow(view.motionId);
    const step = await this.motions.stepOrThrow(view.consultationId ?? 0);
    await this.motions.publish(motion, { vote: { kind: 'recorded', vote: view } }, step);
  }

  /** Checks and stores a vote inside the caller's unit of work; publishes nothing. */
  async store(
    target: VoteTarget,
    request: RecordVoteRequest,
    user: AuthUser,
  ): Promise<RecordedVoteView> {
    const manager = this.uow.manager;
    if ((request.ballots === undefined) === (request.groupCounts === undefined)) {
      throw new VotesError(
        'VOTE_INPUT_REQUIRED',
        'Genau eines von ballots (Einzelstimmen) oder groupCounts (Gruppensummen) angeben',
      );
    }
    const step = await this.stepOf(target);
    const motionId = step.motionId;
    const motion = await this.motions.motionOrThrow(motionId);
    // A vote is a fact (domain.md): any open motion, also a draft voted on as urgent; each step
    // of its path votes once (a void reopens it).
    if (!canRecordVote(motion.status)) {
      throw new VotesError('VOTE_NOT_ALLOWED', voteRefusalText(motion.status));
    }
    if (step.status !== 'open') {
      throw new VotesError(
        'VOTE_NOT_ALLOWED',
        `Im Beratungsschritt ${step.id} (${step.bodyKey}) wurde bereits abgestimmt`,
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
    const checked = await this.checkedVote(motion, step, date, request);
    const tally = tallyVote({
      votingMembers: checked.votingMembers,
      ...checked.counting,
      blocks: checked.blocks,
    });
    const entries = await manager.find(WhipEntryEntity, { where: { consultationId: step.id } });
    const predictions = entries.map(({ groupKey, stance, confidence }) => ({
      groupKey,
      stance,
      confidence,
    }));
    const vote = await manager.save(
      manager.create(RecordedVoteEntity, {
        motionId,
        consultationId: step.id,
        meetingId: meeting?.id ?? null,
        agendaItemId: request.agendaItemId ?? null,
        date,
        source: checked.source,
        // The majority it was counted under: a later change of the body's rules rewrites nothing.
        requiredMajority: checked.counting.requiredMajority,
        quorumRule: checked.counting.quorumRule ?? GO_NRW_RULES.quorumRule,
        votingMembers: checked.votingMembers,
        passes: tally.passes,
        democraticMajority: tally.democraticMajority,
        reliesOnExcluded: tally.reliesOnExcluded,
        blocks: checked.blocks,
        tally,
        predictions,
        recordedBy: user.username,
        recordedAt: new Date().toISOString(),
        statusBefore: motion.status,
        voidedAt: null,
        voidedBy: null,
        voidReason: null,
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
    // The member-day sums are the Rat's (history's fast path); other bodies count from ballots.
    if (this.motions.isRatStep(step)) await addToMemberDays(manager, date, tally.passes, ballots);
    const motionStatus = await this.motions.settleByVote(motion, step, tally.passes);
    await this.audit.record({
      action: 'record',
      entityType: 'vote',
      entityId: vote.id,
      before: { motionStatus: motion.status },
      after: {
        motionId,
        consultationId: step.id,
        bodyKey: step.bodyKey,
        date,
        source: checked.source,
        result: tally.passes ? 'adopted' : 'rejected',
        yes: tally.yes,
        no: tally.no,
        abstain: tally.abstain,
        motionStatus,
      },
    });
    return toRecordedVoteView(vote);
  }

  /**
   * Voids a recorded vote (a wrong entry, domain.md): the row and its ballots stay, marked void,
   * so the history leaves it out; its ballots leave the members' day sums and the motion reopens
   * in the status it had before the vote. Pushes the reopened motion and `voteVoided`.
   */
  async void(id: number, reason: string, user: AuthUser): Promise<RecordedVoteView> {
    const view = await this.uow.run(async (manager) => {
      const vote = await this.votes.findOne({ where: { id } });
      if (!vote) throw new VotesError('VOTE_NOT_FOUND', `Abstimmung ${id} nicht gefunden`);
      if (vote.voidedAt !== null) {
        throw new VotesError('VOTE_ALREADY_VOID', `Abstimmung ${id} ist bereits aufgehoben`);
      }
      const voiding = {
        voidedAt: new Date().toISOString(),
        voidedBy: user.username,
        voidReason: reason,
      };
      await manager.update(RecordedVoteEntity, { id }, voiding);
      const motion = await this.motions.motionOrThrow(vote.motionId);
      const step = await this.motions.stepOrThrow(vote.consultationId);
      if (this.motions.isRatStep(step)) {
        const ballots = await manager.find(BallotEntity, { where: { voteId: id } });
        await removeFromMemberDays(manager, vote.date, vote.passes, ballots);
      }
      await this.motions.settleStep(step, 'open');
      // Only the Rat's vote decided the motion. Votes recorded before statusBefore was kept
      // could only be taken on the agenda.
      const decided = this.motions.isRatStep(step);
      const reopened = decided ? (vote.statusBefore ?? 'onAgenda') : motion.status;
      if (decided) await this.motions.reopen(motion, reopened);
      await this.audit.record({
        action: 'void',
        entityType: 'vote',
        entityId: id,
        before: { voidedAt: null, motionStatus: motion.status },
        after: { ...voiding, motionStatus: reopened },
      });
      return toRecordedVoteView(Object.assign(vote, voiding));
    });
    const motion = await this.motions.motionOrThrow(view.motionId);
    const step = await this.motions.stepOrThrow(view.consultationId ?? 0);
    await this.motions.publish(motion, { vote: { kind: 'voided', vote: view } }, step);
    return view;
  }

  /** Seats per group (not the mayor) of a step's body on a day: imports check rows against them. */
  async seatsOn(consultationId: number, date: string): Promise<Map<string, number>> {
    const step = await this.motions.stepOrThrow(consultationId);
    const day = await this.tally.snapshotOf({ ...step, date });
    return new Map(day.groups.map((group) => [group.key, group.seats]));
  }

  /** The vote checked against the step's body as it stood on the day of the vote. */
  private async checkedVote(
    motion: MotionEntity,
    step: ConsultationEntity,
    date: string,
    request: RecordVoteRequest,
  ): Promise<CheckedVote> {
    const day = await this.tally.snapshotOf({ ...step, date });
    const withMayor = mayorVotesOn(day, motion);
    const votingMembers = votingMembersOn(day, withMayor);
    const counting = countingRules(motion.requiredMajority, day.rules);
    if (request.ballots !== undefined) {
      const { blocks, rows } = blocksFromBallots(day, withMayor, request.ballots);
      return { source: 'ballots', blocks, rows, votingMembers, counting };
    }
    const blocks = blocksFromGroupCounts(day, withMayor, request.groupCounts ?? []);
    return { source: 'groupCounts', blocks, rows: [], votingMembers, counting };
  }
}
