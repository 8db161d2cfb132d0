import { MAYOR_KEY, type Confidence, type Stance } from '../domain/types';
import { tallyVote } from '../engine/tally';
import { projectionAccuracy, voteProjection, type PredictedVote } from './accuracy';
import { groupHistory, historySummary, isPivotal, memberHistory } from './figures';
import type { HistoryVote, RecordedBlock, RecordedPrediction } from './history.types';
import {
  agreementIndex,
  ballotFacts,
  coalitionLine,
  deviationCount,
  groupLine,
  mayorBallot,
  voteLines,
} from './lines';
import { agreementProgress } from './progress';
import { resultOnlyTally } from './result-only';

/**
 * A hand-computed history on a small council: coalition groups A and B, partner C, excluded X,
 * and a voting mayor (V = 12). Between vote 3 and vote 4 a member switches from C to A.
 */
type Counts = Partial<Pick<RecordedBlock, 'yes' | 'no' | 'abstain' | 'absent' | 'notVoting'>>;

function block(key: string, counts: Counts): RecordedBlock {
  return {
    key,
    excluded: key === 'X',
    coalition: key === 'A' || key === 'B',
    ...(key === MAYOR_KEY ? { isMayor: true, coalition: false } : {}),
    yes: 0,
    no: 0,
    abstain: 0,
    absent: 0,
    notVoting: 0,
    ...counts,
  };
}

function vote(id: number, date: string, blocks: Record<string, Counts>): HistoryVote {
  const recorded = Object.entries(blocks).map(([key, counts]) => block(key, counts));
  const input = { votingMembers: 12, requiredMajority: 'simple' as const, blocks: recorded };
  return { id, motionId: 100 + id, title: `Antrag ${id}`, date, ...input, tally: tallyVote(input) };
}

// v1: adopted, democratic; C has a deviation (2 yes, 1 no).
const V1 = vote(1, '2026-01-10', {
  A: { yes: 3 },
  B: { yes: 2 },
  C: { yes: 2, no: 1 },
  X: { no: 3 },
  MAYOR: { yes: 1 },
});
// v2: adopted, democratic, C pivotal; B ties (yes 1, abstain 1); one A member absent.
const V2 = vote(2, '2026-02-14', {
  A: { yes: 2, absent: 1 },
  B: { yes: 1, abstain: 1 },
  C: { yes: 3 },
  X: { no: 3 },
  MAYOR: { absent: 1 },
});
// v3: adopted only thanks to X (relies on excluded); B entirely absent.
const V3 = vote(3, '2026-03-20', {
  A: { yes: 3 },
  B: { absent: 2 },
  C: { no: 3 },
  X: { yes: 3 },
  MAYOR: { no: 1 },
});
// v4: after the switch (A 4, C 2): rejected, blocked by X; B ties yes/no.
const V4 = vote(4, '2026-04-25', {
  A: { yes: 4 },
  B: { yes: 1, no: 1 },
  C: { no: 2 },
  X: { no: 3 },
  MAYOR: { absent: 1 },
});
const HISTORY = [V1, V2, V3, V4];

describe('group line and agreement index', () => {
  it('should pick the option with the most ballots and give no line on a tie', () => {
    expect(groupLine({ yes: 2, no: 1, abstain: 0 })).toBe('yes');
    expect(groupLine({ yes: 1, no: 0, abstain: 1 })).toBeNull();
    expect(groupLine({ yes: 0, no: 0, abstain: 0 })).toBeNull();
    expect(groupLine({ yes: 0, no: 1, abstain: 3 })).toBe('abstain');
  });

  it('should compute the Agreement Index (1 united, 0 even three-way split, null empty)', () => {
    expect(agreementIndex({ yes: 3, no: 0, abstain: 0 })).toBe(1);
    expect(agreementIndex({ yes: 1, no: 1, abstain: 1 })).toBe(0);
    expect(agreementIndex({ yes: 2, no: 1, abstain: 0 })).toBe(0.5);
    expect(agreementIndex({ yes: 1, no: 0, abstain: 1 })).toBe(0.25);
    expect(agreementIndex({ yes: 0, no: 0, abstain: 0 })).toBeNull();
  });

  it('should count deviations from the line only when there is a line', () => {
    expect(deviationCount({ yes: 2, no: 1, abstain: 0 })).toBe(1);
    expect(deviationCount({ yes: 1, no: 1, abstain: 0 })).toBe(0);
  });

  it('should take the coalition line over all coalition ballots, without the mayor', () => {
    expect(coalitionLine(V2.blocks)).toBe('yes');
    expect(coalitionLine(V4.blocks)).toBe('yes');
    expect(coalitionLine([block('C', { yes: 3 })])).toBeNull();
    expect(voteLines(V2)).toEqual({
      groupLines: { A: 'yes', B: null, C: 'yes', X: 'no' },
      coalitionLine: 'yes',
    });
    expect(voteLines(V3).groupLines).toEqual({ A: 'yes', B: null, C: 'no', X: 'yes' });
  });
});

describe('ballotFacts', () => {
  it('should count present, absent and deviations against the line', () => {
    expect(ballotFacts('no', 'yes')).toEqual({ present: 1, absent: 0, deviates: 1 });
    expect(ballotFacts('yes', 'yes')).toEqual({ present: 1, absent: 0, deviates: 0 });
    expect(ballotFacts('absent', 'yes')).toEqual({ present: 0, absent: 1, deviates: 0 });
    expect(ballotFacts('notVoting', 'yes')).toEqual({ present: 1, absent: 0, deviates: 0 });
    expect(ballotFacts('abstain', null)).toEqual({ present: 1, absent: 0, deviates: 0 });
  });
});

describe('historySummary', () => {
  it('should count adoptions, the democratic share and list votes relying on X', () => {
    expect(V3.tally.reliesOnExcluded).toBe(true);
    expect(V4.tally.blockedByExcluded).toBe(true);
    expect(historySummary(HISTORY)).toEqual({
      votes: 4,
      adopted: 3,
      rejected: 1,
      votesWithoutCounts: 0,
      adoptedWithDemocraticMajority: 2,
      democraticShare: 2 / 3,
      adoptedRelyingOnExcluded: [
        { voteId: 3, motionId: 103, title: 'Antrag 3', date: '2026-03-20' },
      ],
    });
  });

  it('should give a null share when nothing was adopted', () => {
    expect(historySummary([V4]).democraticShare).toBeNull();
    expect(historySummary([]).votes).toBe(0);
  });
});

describe('isPivotal', () => {
  it('should find C pivotal on v2 only', () => {
    expect(isPivotal(V2, 'C')).toBe(true);
    expect(isPivotal(V2, 'A')).toBe(false);
    expect(isPivotal(V1, 'C')).toBe(false);
    expect(isPivotal(V1, 'A')).toBe(false);
    expect(isPivotal(V3, 'X')).toBe(false);
    expect(isPivotal(V2, MAYOR_KEY)).toBe(false);
  });
});

describe('groupHistory', () => {
  const rows = Object.fromEntries(
    groupHistory(HISTORY, ['A', 'B', 'C', 'X']).map((r) => [r.groupKey, r]),
  );

  it('should compute every figure of group A', () => {
    expect(rows.A).toEqual({
      groupKey: 'A',
      votes: 4,
      agreementWithCoalition: 1,
      cohesion: 1,
      attendance: 12 / 13,
      deviations: 0,
      inWinningMajority: 1,
      pivotal: 0,
      present: 12,
      absent: 1,
    });
  });

  it('should compute every figure of group B (ties, a fully absent vote)', () => {
    expect(rows.B).toEqual({
      groupKey: 'B',
      votes: 4,
      agreementWithCoalition: 1,
      cohesion: 0.5,
      attendance: 0.75,
      deviations: 0,
      inWinningMajority: 1,
      pivotal: 0,
      present: 6,
      absent: 2,
    });
  });

  it('should compute every figure of partner C (a deviation, pivotal once)', () => {
    expect(rows.C).toEqual({
      groupKey: 'C',
      votes: 4,
      agreementWithCoalition: 0.5,
      cohesion: 0.875,
      attendance: 1,
      deviations: 1,
      inWinningMajority: 2 / 3,
      pivotal: 1,
      present: 11,
      absent: 0,
    });
  });

  it('should compute every figure of the excluded group X', () => {
    expect(rows.X).toEqual({
      groupKey: 'X',
      votes: 4,
      agreementWithCoalition: 0.25,
      cohesion: 1,
      attendance: 1,
      deviations: 0,
      inWinningMajority: 1 / 3,
      pivotal: 0,
      present: 12,
      absent: 0,
    });
  });

  it('should leave the mayor out and give nulls for a group without votes', () => {
    const all = groupHistory(HISTORY, ['A', 'EMPTY']);
    expect(all.map((r) => r.groupKey)).toEqual(['A', 'EMPTY']);
    expect(all[1]).toMatchObject({
      votes: 0,
      agreementWithCoalition: null,
      cohesion: null,
      attendance: null,
      inWinningMajority: null,
    });
    expect(groupHistory(HISTORY).map((r) => r.groupKey)).toEqual(['A', 'B', 'C', 'X']);
  });
});

describe('memberHistory', () => {
  it('should turn summed ballot facts into attendance rates (null with nothing to count)', () => {
    expect(
      memberHistory([
        { memberId: 1, name: 'M', groupKey: 'C', votes: 3, present: 2, absent: 1, deviations: 1 },
        { memberId: 1, name: 'M', groupKey: 'A', votes: 0, present: 0, absent: 0, deviations: 0 },
      ]),
    ).toEqual([
      {
        memberId: 1,
        name: 'M',
        groupKey: 'C',
        votes: 3,
        attendance: 2 / 3,
        deviations: 1,
        present: 2,
        absent: 1,
      },
      {
        memberId: 1,
        name: 'M',
        groupKey: 'A',
        votes: 0,
        attendance: null,
        deviations: 0,
        present: 0,
        absent: 0,
      },
    ]);
  });
});

describe('mayorBallot', () => {
  it("should read the mayor's ballot from the mayor's block", () => {
    expect(mayorBallot(V1.blocks)).toBe('yes');
    expect(mayorBallot(V2.blocks)).toBe('absent');
    expect(mayorBallot(V3.blocks)).toBe('no');
    expect(mayorBallot([block(MAYOR_KEY, { notVoting: 1 })])).toBe('notVoting');
    expect(mayorBallot([block(MAYOR_KEY, { abstain: 1 })])).toBe('abstain');
  });

  it('should give null when the mayor did not vote on the motion', () => {
    expect(mayorBallot(V1.blocks.filter((b) => !b.isMayor))).toBeNull();
  });
});

describe('projection accuracy', () => {
  const prediction = (
    groupKey: string,
    stance: Stance,
    confidence: Confidence,
  ): RecordedPrediction => ({ groupKey, stance, confidence });
  const P1: PredictedVote = {
    ...V1,
    predictions: [
      prediction('A', 'yes', 'confirmed'),
      prediction('C', 'yes', 'likely'),
      prediction('X', 'no', 'confirmed'),
      prediction('B', 'split', 'likely'),
    ],
  };
  const P2: PredictedVote = {
    ...V2,
    predictions: [prediction('B', 'yes', 'likely'), prediction('C', 'no', 'uncertain')],
  };
  const P3: PredictedVote = {
    ...V3,
    predictions: [prediction('C', 'no', 'likely'), prediction('A', 'free', 'likely')],
  };
  const P4: PredictedVote = {
    ...V4,
    predictions: [prediction('C', 'no', 'uncertain'), prediction('X', 'no', 'confirmed')],
  };

  it('should show each group beside its prediction on one vote', () => {
    expect(voteProjection(P2)).toEqual([
      { groupKey: 'A', stance: null, confidence: null, line: 'yes', right: null },
      { groupKey: 'B', stance: 'yes', confidence: 'likely', line: null, right: false },
      { groupKey: 'C', stance: 'no', confidence: 'uncertain', line: 'yes', right: false },
      { groupKey: 'X', stance: null, confidence: null, line: 'no', right: null },
    ]);
  });

  const key = (r: { groupKey: string; confidence: string }) => `${r.groupKey}/${r.confidence}`;

  it('should count right and scored per group and confidence band', () => {
    const rows = projectionAccuracy([P1, P2, P3, P4]);
    expect(rows.sort((a, b) => key(a).localeCompare(key(b)))).toEqual([
      { groupKey: 'A', confidence: 'confirmed', scored: 1, right: 1, rate: 1 },
      { groupKey: 'B', confidence: 'likely', scored: 1, right: 0, rate: 0 },
      { groupKey: 'C', confidence: 'likely', scored: 2, right: 2, rate: 1 },
      { groupKey: 'C', confidence: 'uncertain', scored: 2, right: 1, rate: 0.5 },
      { groupKey: 'X', confidence: 'confirmed', scored: 2, right: 2, rate: 1 },
    ]);
  });

  it('should score each vote of a motion voted twice against its own predictions only', () => {
    // The same motion, first voted with C predicted yes (right), later with C predicted no (right).
    const first: PredictedVote = { ...V1, predictions: [prediction('C', 'yes', 'likely')] };
    const second = { ...V4, motionId: V1.motionId, predictions: [prediction('C', 'no', 'likely')] };
    expect(projectionAccuracy([first, second])).toEqual([
      { groupKey: 'C', confidence: 'likely', scored: 2, right: 2, rate: 1 },
    ]);
  });
});

describe('agreementProgress', () => {
  it('should count pledges with motions, adopted ones and their partners per chapter', () => {
    const progress = agreementProgress(
      [
        { key: 'ch1', title: 'Eins' },
        { key: 'ch2', title: 'Zwei' },
      ],
      [
        { id: 1, key: 'ch1-1', chapterKey: 'ch1' },
        { id: 2, key: 'ch1-2', chapterKey: 'ch1' },
        { id: 3, key: 'ch2-1', chapterKey: 'ch2' },
      ],
      [
        { pledgeId: 1, motionId: 101 },
        { pledgeId: 1, motionId: 104 },
        { pledgeId: 3, motionId: 103 },
      ],
      HISTORY,
    );
    expect(progress.map(({ pledgeDetails: _details, ...chapter }) => chapter)).toEqual([
      {
        chapterKey: 'ch1',
        title: 'Eins',
        pledges: 2,
        withMotions: 1,
        withoutMotions: 1,
        adopted: 1,
        partners: [{ groupKey: 'C', votes: 1 }],
      },
      {
        chapterKey: 'ch2',
        title: 'Zwei',
        pledges: 1,
        withMotions: 1,
        withoutMotions: 0,
        adopted: 1,
        partners: [{ groupKey: 'X', votes: 1 }],
      },
    ]);
    expect(progress[0].pledgeDetails[0]).toEqual({
      pledgeId: 1,
      key: 'ch1-1',
      motionIds: [101, 104],
      adoptedMotionIds: [101],
      partnerKeys: ['C'],
    });
  });
});

describe('votes known only by their result', () => {
  // Two results from the information system, no counts: one adopted, one rejected.
  const adopted = { ...vote(5, '2026-05-01', {}), blocks: [], tally: resultOnlyTally(true) };
  const rejected = { ...vote(6, '2026-05-02', {}), blocks: [], tally: resultOnlyTally(false) };
  const withResults = [
    ...HISTORY.map((v) => ({ ...v, source: 'groupCounts' as const })),
    { ...adopted, source: 'resultOnly' as const },
    { ...rejected, source: 'resultOnly' as const },
  ];

  it('should count them in votes, adopted and rejected but not in the democratic share', () => {
    expect(historySummary(withResults)).toEqual({
      votes: 6,
      adopted: 4,
      rejected: 2,
      votesWithoutCounts: 2,
      adoptedWithDemocraticMajority: 2,
      democraticShare: 2 / 3,
      adoptedRelyingOnExcluded: [
        { voteId: 3, motionId: 103, title: 'Antrag 3', date: '2026-03-20' },
      ],
    });
  });

  it('should leave every group figure, projection and partner as without them', () => {
    const keys = ['A', 'B', 'C', 'X'];
    expect(groupHistory(withResults, keys)).toEqual(groupHistory(HISTORY, keys));
    const predicted = {
      ...adopted,
      predictions: [{ groupKey: 'A', stance: 'yes' as const, confidence: 'confirmed' as const }],
    };
    expect(voteProjection(predicted)).toEqual([]);
    expect(projectionAccuracy([predicted])).toEqual([]);
    expect(agreementProgress([], [], [], [adopted])).toEqual([]);
  });
});
