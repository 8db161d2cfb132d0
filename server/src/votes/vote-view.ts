import { voteLines, type RecordedVoteView } from '@mehrheitsplaner/shared';
import type { RecordedVoteEntity } from './recorded-vote.entity';

export function toRecordedVoteView(vote: RecordedVoteEntity): RecordedVoteView {
  const { groupLines, coalitionLine } = voteLines(vote);
  return {
    id: vote.id,
    motionId: vote.motionId,
    consultationId: vote.consultationId,
    meetingId: vote.meetingId,
    agendaItemId: vote.agendaItemId,
    date: vote.date,
    source: vote.source,
    result: vote.passes ? 'adopted' : 'rejected',
    tally: vote.tally,
    groupLines,
    coalitionLine,
    blocks: vote.blocks,
    votingMembers: vote.votingMembers,
    recordedBy: vote.recordedBy,
    recordedAt: vote.recordedAt,
    voided:
      vote.voidedAt === null
        ? null
        : { at: vote.voidedAt, by: vote.voidedBy ?? '', reason: vote.voidReason ?? '' },
  };
}
