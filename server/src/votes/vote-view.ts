import { voteLines, type RecordedVoteView, type ResultOnlyFacts } from '@mehrheitsplaner/shared';
import type { RecordedVoteEntity } from './recorded-vote.entity';

/** What a vote known only by its result says beyond adopted/rejected; nothing for counted votes. */
export function resultOnlyFacts(
  vote: Pick<RecordedVoteEntity, 'source' | 'resultText' | 'unanimous'>,
): { resultOnly?: ResultOnlyFacts } {
  if (vote.source !== 'resultOnly') return {};
  return { resultOnly: { resultText: vote.resultText ?? '', unanimous: vote.unanimous } };
}

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
    ...resultOnlyFacts(vote),
  };
}
