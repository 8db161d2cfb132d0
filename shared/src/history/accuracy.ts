import type { AccuracyRow, VoteProjectionRow } from '../api/history';
import { CONFIDENCES, type Confidence, type Stance, type VoteOption } from '../domain/types';
import type { HistoryVote, RecordedPrediction } from './history.types';
import { groupBlocks, groupLine } from './lines';
import { rate } from './figures';

/** A recorded vote with each group's last whip entry before it (stored with the vote). */
export type PredictedVote = Pick<HistoryVote, 'blocks'> & {
  predictions: readonly RecordedPrediction[];
};

function isScored(stance: Stance): stance is VoteOption {
  return stance === 'yes' || stance === 'no' || stance === 'abstain';
}

/**
 * Each group's prediction beside its line on one vote. Only yes/no/abstain stances are scored:
 * right when the stance equals the line (a group without a line was predicted wrong).
 */
export function voteProjection(vote: PredictedVote): VoteProjectionRow[] {
  const byGroup = new Map(vote.predictions.map((p) => [p.groupKey, p]));
  return groupBlocks(vote.blocks).map((block) => {
    const prediction = byGroup.get(block.key);
    const line = groupLine(block);
    return {
      groupKey: block.key,
      stance: prediction?.stance ?? null,
      confidence: prediction?.confidence ?? null,
      line,
      right: prediction && isScored(prediction.stance) ? prediction.stance === line : null,
    };
  });
}

/**
 * Projection accuracy per group and confidence band over recorded votes: the last whip entry
 * before each vote (yes/no/abstain only) against the group's line on that vote.
 */
export function projectionAccuracy(votes: readonly PredictedVote[]): AccuracyRow[] {
  type Band = { scored: number; right: number };
  const counts = new Map<string, Map<Confidence, Band>>();
  for (const vote of votes) {
    for (const row of voteProjection(vote)) {
      if (row.right === null || row.confidence === null) continue;
      const bands = counts.get(row.groupKey) ?? new Map<Confidence, Band>();
      counts.set(row.groupKey, bands);
      const band = bands.get(row.confidence) ?? { scored: 0, right: 0 };
      bands.set(row.confidence, band);
      band.scored += 1;
      if (row.right) band.right += 1;
    }
  }
  return [...counts].flatMap(([groupKey, bands]) =>
    CONFIDENCES.filter((confidence) => bands.has(confidence)).map((confidence) => {
      const { scored, right } = bands.get(confidence) ?? { scored: 0, right: 0 };
      return { groupKey, confidence, scored, right, rate: rate(right, scored) };
    }),
  );
}
