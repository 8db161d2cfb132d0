import { describe, expect, it } from '@jest/globals';
import type { RecordedVoteView } from '@mehrheitsplaner/shared';
import { latestValidVote } from './latest-vote';

const vote = (id: number, date: string, voided = false) =>
  ({
    id,
    date,
    voided: voided ? { at: date, by: 'admin', reason: 'Falsch erfasst' } : null,
  }) as RecordedVoteView;

describe('latestValidVote', () => {
  it('should take the latest by date, then by id', () => {
    const votes = [vote(3, '2026-01-10'), vote(1, '2026-02-01'), vote(2, '2026-02-01')];
    expect(latestValidVote(votes)?.id).toBe(2);
  });

  it('should skip voided votes and find none in an empty list', () => {
    expect(latestValidVote([vote(1, '2026-01-10'), vote(2, '2026-02-01', true)])?.id).toBe(1);
    expect(latestValidVote([vote(2, '2026-02-01', true)])).toBeNull();
    expect(latestValidVote([])).toBeNull();
  });
});
