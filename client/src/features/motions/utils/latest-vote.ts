import type { RecordedVoteView } from '@mehrheitsplaner/shared';

/**
 * The vote that stands: the latest by date (then by id) that was not voided. A voided vote is a
 * wrong entry: its step is open again and shows no result.
 */
export function latestValidVote(votes: readonly RecordedVoteView[]): RecordedVoteView | null {
  return votes
    .filter((vote) => vote.voided === null)
    .reduce<RecordedVoteView | null>(
      (last, v) =>
        !last || v.date > last.date || (v.date === last.date && v.id > last.id) ? v : last,
      null,
    );
}
