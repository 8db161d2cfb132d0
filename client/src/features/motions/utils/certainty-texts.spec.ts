import { describe, expect, it } from '@jest/globals';
import type { Certainty, Tally } from '@mehrheitsplaner/shared';
import { certaintySummary, scenarioSentence } from './certainty-texts';

const certainty = (overrides: Partial<Certainty>): Certainty => ({
  level: 'open',
  margin: -3,
  reliesOnExcluded: false,
  quorumAtRisk: false,
  ...overrides,
});

const tally = (overrides: Partial<Tally>): Tally => ({
  yes: 50,
  no: 40,
  abstain: 3,
  absent: 0,
  present: 93,
  quorum: true,
  required: 41,
  passes: true,
  democraticMajority: true,
  reliesOnExcluded: false,
  robustAgainstExcluded: false,
  blockedByExcluded: false,
  margin: 4,
  pivotalGroupKeys: [],
  ...overrides,
});

describe('certaintySummary', () => {
  it('should show the worst-case margin when secured', () => {
    const summary = certaintySummary(certainty({ level: 'secured', margin: 6 }), 'AfD');
    expect(summary.margin).toEqual([{ plural: 'certainty.secured.spare', count: 6 }]);
    expect(summary.warnings).toEqual([]);
  });

  it('should say no vote to spare when a secured margin is zero', () => {
    const summary = certaintySummary(certainty({ level: 'secured', margin: 0 }), 'AfD');
    expect(summary.margin).toEqual([{ key: 'certainty.secured.none' }]);
  });

  it('should show the expected margin and the uncertain votes when likely', () => {
    const summary = certaintySummary(
      certainty({ level: 'likely', margin: 4, uncertainVotes: 43 }),
      'AfD',
    );
    expect(summary.margin).toEqual([
      { plural: 'certainty.likely.spare', count: 4 },
      { plural: 'certainty.uncertain', count: 43 },
    ]);
  });

  it('should show the votes missing in the expected case when open', () => {
    expect(certaintySummary(certainty({ level: 'open', margin: -3 }), 'AfD').margin).toEqual([
      { plural: 'certainty.open.missing', count: 3 },
    ]);
  });

  it('should show the votes missing in the best case when out of reach', () => {
    const summary = certaintySummary(certainty({ level: 'outOfReach', margin: -12 }), 'AfD');
    expect(summary.margin).toEqual([{ plural: 'certainty.outOfReach.missing', count: 12 }]);
  });

  it('should show no margin when an open case fails on the quorum alone', () => {
    const summary = certaintySummary(
      certainty({ level: 'open', margin: 5, quorumAtRisk: true }),
      'AfD',
    );
    expect(summary.margin).toEqual([]);
    expect(summary.warnings).toEqual([{ key: 'certainty.noQuorum' }]);
  });

  it('should warn with the excluded group name from data when the expected case relies on it', () => {
    const summary = certaintySummary(certainty({ reliesOnExcluded: true }), 'Partei X');
    expect(summary.warnings).toEqual([
      { key: 'certainty.onlyWithExcluded', params: { excluded: 'Partei X' } },
    ]);
  });
});

describe('scenarioSentence', () => {
  it('should say adopted with a democratic majority and its margin', () => {
    expect(scenarioSentence(tally({ margin: 4 }), 'AfD')).toEqual({
      tone: 'ok',
      phrase: { plural: 'scenario.sentence.democratic', count: 4 },
    });
  });

  it('should say adopted only with excluded votes when the majority relies on them', () => {
    const sentence = scenarioSentence(
      tally({ democraticMajority: false, reliesOnExcluded: true, margin: -2 }),
      'AfD',
    );
    expect(sentence).toEqual({
      tone: 'warn',
      phrase: { key: 'scenario.sentence.onlyWithExcluded', params: { excluded: 'AfD' } },
    });
  });

  it('should say rejected with the votes missing when there is no majority', () => {
    const sentence = scenarioSentence(
      tally({ passes: false, democraticMajority: false, margin: -3 }),
      'AfD',
    );
    expect(sentence).toEqual({
      tone: 'bad',
      phrase: { plural: 'scenario.sentence.rejected', count: 3 },
    });
  });

  it('should give one sentence when a worst case fails and would pass only with excluded yes votes', () => {
    const sentence = scenarioSentence(
      tally({ passes: false, democraticMajority: false, reliesOnExcluded: true, margin: -5 }),
      'AfD',
    );
    expect(sentence).toEqual({
      tone: 'bad',
      phrase: {
        plural: 'scenario.sentence.rejectedExcluded',
        count: 5,
        params: { excluded: 'AfD' },
      },
    });
  });

  it('should lead with the missing quorum when too few are present', () => {
    const sentence = scenarioSentence(tally({ quorum: false, present: 40, absent: 53 }), 'AfD');
    expect(sentence).toEqual({
      tone: 'bad',
      phrase: {
        key: 'scenario.sentence.noQuorum',
        params: { present: 40, votingMembers: 93 },
      },
    });
  });
});
