import { CONFIDENCES, STANCES } from '../domain/types';
import {
  COALITION_KEYS,
  SMALL_GROUP_KEYS,
  type WhipEntry,
  bochumCouncil,
  entriesFor,
  groupOf,
  makeWhipGroup,
  whipCount,
} from './__fixtures__/council.fixtures';
import type { VoteBlock } from './tally.types';
import { expectedBlocks, isConfirmed, whipScenarios } from './whip';
import type { WhipCountInput } from './whip.types';

const confirmedYes: WhipEntry = { stance: 'yes', confidence: 'confirmed' };
const confirmedNo: WhipEntry = { stance: 'no', confidence: 'confirmed' };
const confirmedAbstain: WhipEntry = { stance: 'abstain', confidence: 'confirmed' };
const coalitionConfirmedYes = entriesFor(COALITION_KEYS, confirmedYes);

function blockOf(input: WhipCountInput, key: string): VoteBlock {
  const block = expectedBlocks(input).find((candidate) => candidate.key === key);
  if (!block) throw new Error(`No block ${key}`);
  return block;
}

/** One group's entry in a Bochum whip count where every other group confirmed to abstain. */
function soloEntry(key: string, entry: WhipEntry): WhipCountInput {
  return whipCount({ entries: { [key]: entry }, rest: confirmedAbstain });
}

describe('whipScenarios', () => {
  describe('expected scenario', () => {
    it('should count unknown and free-vote groups as absent', () => {
      const input = whipCount({
        entries: {
          ...coalitionConfirmedYes,
          LINKE: { stance: 'unknown', confidence: 'uncertain' },
          CDU: { stance: 'free', confidence: 'confirmed' },
          AFD: confirmedNo,
        },
        rest: confirmedNo,
      });
      expect(whipScenarios(input).expected).toMatchObject({
        yes: 40,
        no: 26,
        abstain: 0,
        absent: 27,
        present: 66,
        quorum: true,
      });
    });

    it('should count a group line of yes, no or abstain for every present member', () => {
      const input = whipCount({
        entries: { ...coalitionConfirmedYes, CDU: confirmedNo, LINKE: confirmedAbstain },
        rest: { stance: 'no', confidence: 'likely' },
      });
      expect(whipScenarios(input).expected).toMatchObject({
        yes: 40,
        no: 18 + 14 + 12,
        abstain: 9,
        absent: 0,
      });
    });

    it('should count the split counts of a split group', () => {
      const input = soloEntry('LINKE', {
        stance: 'split',
        confidence: 'confirmed',
        split: { yes: 5, no: 2, abstain: 2 },
      });
      expect(blockOf(input, 'LINKE')).toMatchObject({ yes: 5, no: 2, abstain: 2, absent: 0 });
    });

    it('should count members beyond the split counts as absent', () => {
      const input = soloEntry('LINKE', {
        stance: 'split',
        confidence: 'likely',
        split: { yes: 3, no: 1, abstain: 0 },
      });
      expect(blockOf(input, 'LINKE')).toMatchObject({ yes: 3, no: 1, abstain: 0, absent: 5 });
    });

    it('should clip split counts to the members present in the order yes, no, abstain', () => {
      const input = soloEntry('LINKE', {
        stance: 'split',
        confidence: 'confirmed',
        absent: 2,
        split: { yes: 5, no: 5, abstain: 5 },
      });
      expect(blockOf(input, 'LINKE')).toMatchObject({ yes: 5, no: 2, abstain: 0, absent: 2 });
    });

    it('should count a split group without counts as absent', () => {
      const input = soloEntry('LINKE', { stance: 'split', confidence: 'uncertain' });
      expect(blockOf(input, 'LINKE')).toMatchObject({ yes: 0, no: 0, abstain: 0, absent: 9 });
    });

    it('should leave expected absences out of the group line', () => {
      const input = soloEntry('SPD', { ...confirmedYes, absent: 3 });
      expect(blockOf(input, 'SPD')).toMatchObject({ yes: 23, no: 0, absent: 3 });
    });

    it('should count member overrides that deviate from the line or are absent', () => {
      const input = soloEntry('GRUENE', {
        ...confirmedYes,
        overrides: ['no', 'absent', 'abstain'],
      });
      expect(blockOf(input, 'GRUENE')).toMatchObject({ yes: 10, no: 1, abstain: 1, absent: 1 });
    });

    it('should combine member overrides with expected absences', () => {
      const input = soloEntry('GRUENE', { ...confirmedYes, absent: 2, overrides: ['no'] });
      expect(blockOf(input, 'GRUENE')).toMatchObject({ yes: 10, no: 1, absent: 2 });
    });

    it('should count members deviating to yes from a no line', () => {
      const input = soloEntry('CDU', { ...confirmedNo, overrides: ['yes', 'yes'] });
      expect(blockOf(input, 'CDU')).toMatchObject({ yes: 2, no: 16, absent: 0 });
    });

    it('should count member overrides of a group with an unknown stance', () => {
      const input = soloEntry('CDU', { stance: 'unknown', overrides: ['yes'] });
      expect(blockOf(input, 'CDU')).toMatchObject({ yes: 1, no: 0, absent: 17 });
    });

    it('should report the firewall metrics, margin and pivotal groups of the expected votes', () => {
      const input = whipCount({
        entries: {
          ...coalitionConfirmedYes,
          LINKE: { stance: 'yes', confidence: 'likely' },
          AFD: { stance: 'yes', confidence: 'uncertain' },
          CDU: confirmedNo,
        },
        rest: confirmedAbstain,
      });
      // The worked example of domain.md as a whip count.
      expect(whipScenarios(input).expected).toMatchObject({
        yes: 63,
        no: 18,
        passes: true,
        democraticMajority: true,
        reliesOnExcluded: false,
        robustAgainstExcluded: true,
        margin: 30,
        pivotalGroupKeys: ['SPD'],
      });
    });

    it('should drop the mayor when the mayor does not vote', () => {
      const input = whipCount({
        groups: bochumCouncil({ mayorVotes: false }),
        entries: { SPD: confirmedYes, GRUENE: confirmedYes },
        rest: confirmedNo,
      });
      expect(input.votingMembers).toBe(92);
      expect(whipScenarios(input).expected).toMatchObject({ yes: 39, no: 53, present: 92 });
    });
  });

  describe('best case', () => {
    const input = whipCount({
      entries: {
        ...coalitionConfirmedYes,
        LINKE: { stance: 'no', confidence: 'likely' },
        CDU: { stance: 'abstain', confidence: 'uncertain' },
        AFD: { stance: 'no', confidence: 'likely' },
      },
      rest: confirmedNo,
    });

    it('should let every non-confirmed democratic group vote yes', () => {
      expect(whipScenarios(input).best).toMatchObject({ yes: 40 + 9 + 18, abstain: 0 });
    });

    it('should keep confirmed groups and non-confirmed excluded groups as entered', () => {
      // Small groups confirmed no (12), AfD likely no (14).
      expect(whipScenarios(input).best.no).toBe(12 + 14);
    });

    it('should keep expected absences absent', () => {
      const best = whipScenarios(
        soloEntry('LINKE', { stance: 'no', confidence: 'likely', absent: 2 }),
      ).best;
      expect(best).toMatchObject({ yes: 7, no: 0 });
    });

    it('should keep absent overrides absent and turn deviating overrides to yes', () => {
      const scenarios = whipScenarios(
        soloEntry('LINKE', { stance: 'yes', confidence: 'likely', overrides: ['no', 'absent'] }),
      );
      expect(scenarios.expected).toMatchObject({ yes: 7, no: 1 });
      expect(scenarios.best).toMatchObject({ yes: 8, no: 0 });
    });

    it('should let unknown groups vote yes with every member', () => {
      expect(whipScenarios(soloEntry('CDU', { stance: 'unknown' })).best.yes).toBe(18);
    });

    it('should treat a confirmed free vote as non-confirmed', () => {
      const scenarios = whipScenarios(
        soloEntry('CDU', { stance: 'free', confidence: 'confirmed' }),
      );
      expect(scenarios.expected.yes).toBe(0);
      expect(scenarios.best.yes).toBe(18);
    });

    it('should let a non-confirmed split group vote yes as a whole', () => {
      const best = whipScenarios(
        soloEntry('LINKE', {
          stance: 'split',
          confidence: 'likely',
          split: { yes: 5, no: 4, abstain: 0 },
        }),
      ).best;
      expect(best).toMatchObject({ yes: 9, no: 0 });
    });

    it('should keep a confirmed split group as entered', () => {
      const best = whipScenarios(
        soloEntry('LINKE', {
          stance: 'split',
          confidence: 'confirmed',
          split: { yes: 5, no: 4, abstain: 0 },
        }),
      ).best;
      expect(best).toMatchObject({ yes: 5, no: 4 });
    });
  });

  describe('worst case', () => {
    it('should let every non-confirmed democratic group vote no', () => {
      const input = whipCount({
        entries: {
          ...coalitionConfirmedYes,
          LINKE: { stance: 'yes', confidence: 'likely' },
          CDU: { stance: 'unknown', confidence: 'uncertain' },
        },
        rest: confirmedAbstain,
      });
      // AfD (confirmed abstain) votes no as an excluded group: 9 + 18 + 14.
      expect(whipScenarios(input).worst).toMatchObject({ yes: 40, no: 41, abstain: 12 });
    });

    it('should keep confirmed democratic groups as entered', () => {
      const input = whipCount({
        entries: { ...coalitionConfirmedYes, LINKE: confirmedYes },
        rest: confirmedAbstain,
      });
      expect(whipScenarios(input).worst).toMatchObject({ yes: 49, abstain: 30, no: 14 });
    });

    it('should count excluded groups as voting no for the result even when confirmed yes', () => {
      const input = whipCount({
        entries: { ...coalitionConfirmedYes, AFD: confirmedYes },
        rest: confirmedAbstain,
      });
      const scenarios = whipScenarios(input);
      expect(scenarios.expected).toMatchObject({ yes: 54, no: 0, passes: true });
      expect(scenarios.worst).toMatchObject({ yes: 40, no: 14, passes: true });
    });

    it('should keep the expected absences of excluded groups', () => {
      const input = whipCount({
        entries: { ...coalitionConfirmedYes, AFD: { ...confirmedNo, absent: 4 } },
        rest: confirmedAbstain,
      });
      expect(whipScenarios(input).worst).toMatchObject({ no: 10, absent: 4 });
    });

    it('should report reliesOnExcluded when excluded yes votes would carry a motion the democratic votes cannot', () => {
      // Worst case: coalition 38 (two SPD away) against CDU, Linke, small groups = 39.
      const input = whipCount({
        entries: {
          ...coalitionConfirmedYes,
          SPD: { ...confirmedYes, absent: 2 },
          LINKE: { stance: 'yes', confidence: 'likely' },
          CDU: confirmedNo,
          AFD: { stance: 'abstain', confidence: 'uncertain' },
        },
        rest: confirmedNo,
      });
      const scenarios = whipScenarios(input);
      expect(scenarios.expected).toMatchObject({
        democraticMajority: true,
        reliesOnExcluded: false,
      });
      expect(scenarios.worst).toMatchObject({
        yes: 38,
        no: 53,
        passes: false,
        democraticMajority: false,
        reliesOnExcluded: true,
      });
    });

    it('should not report reliesOnExcluded when the democratic votes carry it against everyone', () => {
      const input = whipCount({
        entries: { ...coalitionConfirmedYes, LINKE: confirmedYes, CDU: confirmedNo },
        rest: { stance: 'yes', confidence: 'uncertain' },
      });
      expect(whipScenarios(input).worst).toMatchObject({
        yes: 49,
        no: 18 + 12 + 14,
        democraticMajority: true,
        reliesOnExcluded: false,
      });
    });

    it('should report blockedByExcluded when the excluded no votes defeat a democratic lead', () => {
      const input = whipCount({
        entries: {
          ...coalitionConfirmedYes,
          CDU: confirmedNo,
          LINKE: { stance: 'yes', confidence: 'uncertain' },
          AFD: { stance: 'abstain', confidence: 'likely' },
        },
        rest: confirmedAbstain,
      });
      expect(whipScenarios(input).worst).toMatchObject({
        yes: 40,
        no: 41,
        passes: false,
        blockedByExcluded: true,
      });
    });
  });

  describe('pivotal groups per scenario', () => {
    const input = whipCount({
      entries: {
        ...coalitionConfirmedYes,
        LINKE: { stance: 'yes', confidence: 'likely' },
        CDU: confirmedNo,
        AFD: confirmedNo,
      },
      rest: confirmedNo,
    });

    it('should report the yes groups whose switch to no ends the expected majority', () => {
      expect(whipScenarios(input).expected).toMatchObject({
        yes: 49,
        no: 44,
        pivotalGroupKeys: ['SPD', 'GRUENE', 'LINKE'],
      });
    });

    it('should report the groups whose switch to yes would win the worst case', () => {
      expect(whipScenarios(input).worst).toMatchObject({
        yes: 40,
        no: 53,
        pivotalGroupKeys: ['CDU', 'LINKE'],
      });
    });

    it('should never report the mayor when a margin of 0 makes every yes vote count', () => {
      const narrow = whipCount({
        entries: { ...coalitionConfirmedYes, AFD: confirmedAbstain },
        rest: confirmedNo,
      });
      expect(whipScenarios(narrow).expected).toMatchObject({
        yes: 40,
        no: 39,
        margin: 0,
        pivotalGroupKeys: ['SPD', 'GRUENE'],
      });
    });
  });
});

describe('isConfirmed', () => {
  const linke = groupOf(bochumCouncil(), 'LINKE');

  it.each(['yes', 'no', 'abstain', 'split'] as const)(
    'should be true when a %s stance is confirmed',
    (stance) => {
      expect(isConfirmed(makeWhipGroup(linke, { stance, confidence: 'confirmed' }))).toBe(true);
    },
  );

  it.each(['unknown', 'free'] as const)(
    'should be false when a %s stance is confirmed',
    (stance) => {
      expect(isConfirmed(makeWhipGroup(linke, { stance, confidence: 'confirmed' }))).toBe(false);
    },
  );

  it.each(
    STANCES.flatMap((stance) =>
      CONFIDENCES.filter((confidence) => confidence !== 'confirmed').map(
        (confidence) => [stance, confidence] as const,
      ),
    ),
  )('should be false when a %s stance is only %s', (stance, confidence) => {
    expect(isConfirmed(makeWhipGroup(linke, { stance, confidence }))).toBe(false);
  });
});

describe('expectedBlocks', () => {
  it('should give one block per group whose counts add up to the expected tally', () => {
    const input = whipCount({
      entries: { ...coalitionConfirmedYes, ...entriesFor(SMALL_GROUP_KEYS, confirmedAbstain) },
      rest: { stance: 'no', confidence: 'likely', absent: 1 },
    });
    const blocks = expectedBlocks(input);
    const expected = whipScenarios(input).expected;
    expect(blocks.map((block) => block.key)).toEqual(input.groups.map((group) => group.key));
    expect(blocks.reduce((sum, block) => sum + block.yes, 0)).toBe(expected.yes);
    expect(blocks.reduce((sum, block) => sum + block.no, 0)).toBe(expected.no);
    expect(blocks.reduce((sum, block) => sum + block.absent, 0)).toBe(expected.absent);
  });
});
