import type { AccuracyRow, VoteProjectionRow } from '../api/history';
import { CONFIDENCES, type Confidence, type Stance, type VoteOption } from '../domain/types';
import type { HistoryVote } from './history.types';
import { groupBlocks, groupLine } from './lines';
import { rate } from './figures';

/** A group's last whip entry before a vote. */
export type WhipPrediction = {
  motionId: number;
  groupKey: string;
  stance: Stance;
  confidence: Confidence;
};

function isScored(stance: Stance): stance is VoteOption {
  return stance === 'yes' || stance === 'no' || stance === 'abstain';
}

type PredictionIndex = Map<string, WhipPrediction>;

function predictionsByKey(predictions: readonly WhipPrediction[]): PredictionIndex {
  return new Map(predictions.map((p) => [`${p.motionId}:${p.groupKey}`, p]));
}

function projectionOf(
  vote: Pick<HistoryVote, 'motionId' | 'blocks'>,
  byKey: PredictionIndex,
): VoteProjectionRow[] {
  return groupBlocks(vote.blocks).map((block) => {
    const prediction = byKey.get(`${vote.motionId}:${block.key}`);
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
 * Each group's prediction beside its line on one vote. Only yes/no/abstain stances are scored:
 * right when the stance equals the line (a group without a line was predicted wrong).
 */
export function voteProjection(
  vote: Pick<HistoryVote, 'motionId' | 'blocks'>,
  predictions: readonly WhipPrediction[],
): VoteProjectionRow[] {
  return projectionOf(vote, predictionsByKey(predictions));
}

/**
 * Projection accuracy per group and confidence band over recorded votes: the last whip entry
 * before each vote (yes/no/abstain only) against the group's line.
 */
export function projectionAccuracy(
  votes: readonly Pick<HistoryVote, 'motionId' | 'blocks'>[],
  predictions: readonly WhipPrediction[],
): AccuracyRow[] {
  type Band = { scored: number; right: number };
  const counts = new Map<string, Map<Confidence, Band>>();
  const byMotion = new Map<number, WhipPrediction[]>();
  for (const prediction of predictions) {
    const list = byMotion.get(prediction.motionId) ?? [];
    byMotion.set(prediction.motionId, list);
    list.push(prediction);
  }
  for (const vote of votes) {
    for (const prediction of byMotion.get(vote.motionId) ?? []) {
      if (!isScored(prediction.stance)) continue;
      const block = groupBlocks(vote.blocks).find((b) => b.key === prediction.groupKey);
      if (!block) continue;
      const bands = counts.get(prediction.groupKey) ?? new Map<Confidence, Band>();
      counts.set(prediction.groupKey, bands);
      const band = bands.get(prediction.confidence) ?? { scored: 0, right: 0 };
      bands.set(prediction.confidence, band);
      band.scored += 1;
      if (prediction.stance === groupLine(block)) band.right += 1;
    }
  }
  return [...counts].flatMap(([groupKey, bands]) =>
    CONFIDENCES.filter((confidence) => bands.has(confidence)).map((confidence) => {
      const { scored, right } = bands.get(confidence) ?? { scored: 0, right: 0 };
      return { groupKey, confidence, scored, right, rate: rate(right, scored) };
    }),
  );
}
