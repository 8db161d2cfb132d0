import {
  canRecordVote,
  mayorVotesOn,
  tallyVote,
  voteLines,
  type DraftEntryRequest,
  type DraftView,
  type RecordedVoteView,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { CouncilSnapshotService } from '../council/council-snapshot.service';
import { votingMembersOn } from '../council/council-snapshot';
import type { AuthUser } from '../auth/auth.types';
import { auditDiff } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../database/unit-of-work';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsError } from '../meetings/meetings.errors';
import { MeetingsService } from '../meetings/meetings.service';
import { MotionEntity } from '../motions/motion.entity';
import { MotionsService } from '../motions/motions.service';
import { RealtimeService } from '../realtime/realtime.service';
import { expectedKeys, type CouncilDay } from './council-day';
import { ballotsFromDraft, checkDeviationsOrThrow, completeCounts } from './draft-rules';
import { blocksFromGroupCounts } from './vote-input';
import { VoteDraftEntity } from './vote-draft.entity';
import { VotesError } from './votes.errors';
import { VotesService } from './votes.service';

type DraftContext = {
  meeting: MeetingEntity;
  item: AgendaItemEntity;
  motion: MotionEntity;
  day: CouncilDay;
  withMayor: boolean;
};

/**
 * Live entry mode: a manager steps through a council meeting's agenda and enters each group's
 * vote; every entry pushes the running tally to the meeting's room. Closing records the draft
 * through VotesService (per-member ballots when the entries pin every member down, else counts).
 */
@Injectable()
export class LiveEntryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly meetings: MeetingsService,
    private readonly motions: MotionsService,
    private readonly councilDays: CouncilSnapshotService,
    private readonly votes: VotesService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  private get drafts() {
    return this.uow.repo(VoteDraftEntity);
  }

  async draft(meetingId: number, itemId: number): Promise<DraftView> {
    const context = await this.context(meetingId, itemId);
    return this.view(context, await this.entriesOf(itemId));
  }

  async enter(meetingId: number, itemId: number, entry: DraftEntryRequest): Promise<DraftView> {
    const view = await this.uow.run(async () => {
      const context = await this.context(meetingId, itemId);
      // After the close (or a vote recorded otherwise) an entry would land in a new draft that no
      // vote ever reads: refuse it, so every acknowledged entry is in the recorded vote.
      if (!canRecordVote(context.motion.status)) {
        throw new VotesError(
          'VOTE_NOT_ALLOWED',
          `Über den Antrag ${context.motion.id} kann hier nicht (mehr) abgestimmt werden`,
        );
      }
      const entries = [
        ...(await this.entriesOf(itemId)).filter((e) => e.groupKey !== entry.groupKey),
        entry,
      ];
      // Checks the entry against the seats of that day (the other groups are valid by construction).
      blocksFromGroupCounts(
        context.day,
        context.withMayor,
        completeCounts(context.day, context.withMayor, [entry]),
      );
      checkDeviationsOrThrow(context.day, entry);
      const existing = await this.drafts.findOne({ where: { agendaItemId: itemId } });
      const previous = existing?.entries.find((e) => e.groupKey === entry.groupKey) ?? null;
      // A council meeting's live entry is the vote of the motion's Rat step.
      const step = await this.motions.ratStepOrThrow(context.motion.id);
      await this.drafts.save(
        this.drafts.create({
          ...(existing ? { id: existing.id } : {}),
          meetingId,
          agendaItemId: itemId,
          motionId: context.motion.id,
          consultationId: step.id,
          entries,
          updatedAt: new Date().toISOString(),
        }),
      );
      // One group's counts per entry: the draft's other groups did not change.
      await this.audit.record({
        action: previous ? 'update' : 'create',
        entityType: 'voteDraft',
        entityId: `${itemId}/${entry.groupKey}`,
        ...auditDiff(previous, entry, [
          'yes',
          'no',
          'abstain',
          'absent',
          'notVoting',
          'deviations',
        ]),
      });
      return this.view(context, entries);
    });
    this.realtime.emitDraft(view);
    return view;
  }

  /**
   * Records the draft as the item's vote and drops the draft, in one unit of work. Groups not
   * entered refuse the close unless the user confirmed they are recorded as absent.
   */
  async close(
    meetingId: number,
    itemId: number,
    user: AuthUser,
    missingAbsent = false,
  ): Promise<RecordedVoteView> {
    const vote = await this.uow.run(() => this.closeNow(meetingId, itemId, user, missingAbsent));
    await this.votes.publishRecorded(vote);
    return vote;
  }

  private async closeNow(
    meetingId: number,
    itemId: number,
    user: AuthUser,
    missingAbsent: boolean,
  ): Promise<RecordedVoteView> {
    const context = await this.context(meetingId, itemId);
    const stored = await this.entriesOf(itemId);
    const entered = new Set(stored.map((entry) => entry.groupKey));
    const missing = expectedKeys(context.day, context.withMayor).filter((key) => !entered.has(key));
    if (missing.length > 0 && !missingAbsent) {
      throw new VotesError('DRAFT_INCOMPLETE', `Noch nicht erfasst: ${missing.join(', ')}`);
    }
    const entries: DraftEntryRequest[] = completeCounts(context.day, context.withMayor, stored);
    const ballots = ballotsFromDraft(context.day, entries);
    const vote = await this.votes.store(
      { motionId: context.motion.id },
      {
        date: context.meeting.date,
        meetingId,
        agendaItemId: itemId,
        ...(ballots
          ? { ballots }
          : { groupCounts: entries.map(({ deviations: _deviations, ...counts }) => counts) }),
      },
      user,
    );
    await this.drafts.delete({ agendaItemId: itemId });
    return vote;
  }

  private async entriesOf(itemId: number): Promise<DraftEntryRequest[]> {
    const draft = await this.drafts.findOne({ where: { agendaItemId: itemId } });
    return draft?.entries ?? [];
  }

  private async context(meetingId: number, itemId: number): Promise<DraftContext> {
    const meeting = await this.meetings.councilMeetingOrThrow(meetingId);
    const item = await this.meetings.itemOrThrow(meetingId, itemId);
    if (item.motionId === null) {
      throw new MeetingsError(
        'AGENDA_ITEM_WITHOUT_MOTION',
        `Tagesordnungspunkt ${itemId} ist mit keinem Antrag verknüpft`,
      );
    }
    const motion = await this.motions.motionOrThrow(item.motionId);
    const day = await this.councilDays.on(meeting.date);
    return { meeting, item, motion, day, withMayor: mayorVotesOn(day, motion) };
  }

  private view(context: DraftContext, entries: DraftEntryRequest[]): DraftView {
    const { day, withMayor, motion } = context;
    const blocks = blocksFromGroupCounts(day, withMayor, completeCounts(day, withMayor, entries));
    const entered = new Set(entries.map((entry) => entry.groupKey));
    return {
      meetingId: context.meeting.id,
      agendaItemId: context.item.id,
      motionId: motion.id,
      date: context.meeting.date,
      entries,
      missingGroupKeys: expectedKeys(day, withMayor).filter((key) => !entered.has(key)),
      tally: tallyVote({
        votingMembers: votingMembersOn(day, withMayor),
        requiredMajority: motion.requiredMajority,
        blocks,
      }),
      groupLines: voteLines({ blocks }).groupLines,
    };
  }
}
