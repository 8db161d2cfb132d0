import {
  type BlockVote,
  COALITION_KEYS,
  SMALL_GROUP_KEYS,
  bochumCouncil,
  councilVote,
  smallCouncil,
  votesFor,
  workedExampleVote,
} from './__fixtures__/council.fixtures';
import { hasDemocraticMajority, pivotalGroupKeys, tallyVote } from './tally';

const coalitionYes = votesFor(COALITION_KEYS, 'yes');

describe('tallyVote', () => {
  describe('worked example of domain.md', () => {
    const tally = tallyVote(workedExampleVote());

    it('should count 63 yes, 18 no and 12 abstentions with all 93 present', () => {
      expect(tally).toMatchObject({ yes: 63, no: 18, abstain: 12, absent: 0, present: 93 });
    });

    it('should pass with quorum when Y = 63 > N = 18', () => {
      expect(tally).toMatchObject({ quorum: true, required: 19, passes: true });
    });

    it('should report a democratic majority when Yd = 49 > 18', () => {
      expect(tally.democraticMajority).toBe(true);
      expect(tally.reliesOnExcluded).toBe(false);
    });

    it('should be robust when 49 > 18 + 14 = 32', () => {
      expect(tally.robustAgainstExcluded).toBe(true);
    });

    it('should not be blocked when it passes', () => {
      expect(tally.blockedByExcluded).toBe(false);
    });

    it('should have a margin of 49 - 18 - 1 = 30', () => {
      expect(tally.margin).toBe(30);
    });

    it('should report SPD as the only pivotal group', () => {
      expect(tally.pivotalGroupKeys).toEqual(['SPD']);
    });
  });

  describe('passes', () => {
    it('should pass when yes outnumber no', () => {
      const tally = tallyVote(councilVote({ votes: { ...coalitionYes, LINKE: 'no' } }));
      expect(tally.passes).toBe(true);
    });

    it('should reject when yes and no tie', () => {
      // SPD + Grüne 39 yes against CDU, Linke and the small groups' 39 no; the mayor abstains.
      const tally = tallyVote(
        councilVote({
          votes: {
            ...coalitionYes,
            MAYOR: 'abstain',
            CDU: 'no',
            LINKE: 'no',
            ...votesFor(SMALL_GROUP_KEYS, 'no'),
          },
          rest: 'absent',
        }),
      );
      expect(tally).toMatchObject({ yes: 39, no: 39, passes: false, democraticMajority: false });
    });

    it('should ignore abstentions when yes beat no by one', () => {
      const tally = tallyVote(
        councilVote({
          votes: { LINKE: 'yes', UWG: 'no', FDP: 'no', PARTEI: 'no' },
          rest: 'abstain',
        }),
      );
      expect(tally).toMatchObject({ yes: 9, no: 7, abstain: 77, passes: true });
    });
  });

  describe('reliesOnExcluded (the red line)', () => {
    // CDU, FDP, UWG and AfD yes (37, of them 23 democratic); Grüne, Linke and four small groups
    // no (29); SPD and the mayor abstain.
    const aFdDecisive = councilVote({
      votes: {
        CDU: 'yes',
        FDP: 'yes',
        UWG: 'yes',
        AFD: 'yes',
        GRUENE: 'no',
        LINKE: 'no',
        STADTGESTALTER: 'no',
        PARTEI: 'no',
        BSW: 'no',
        VOLT: 'no',
        TIERSCHUTZ: 'no',
      },
      rest: 'abstain',
    });

    it('should be true when the excluded yes votes are decisive', () => {
      const tally = tallyVote(aFdDecisive);
      expect(tally).toMatchObject({
        yes: 37,
        no: 29,
        passes: true,
        democraticMajority: false,
        reliesOnExcluded: true,
        robustAgainstExcluded: false,
        blockedByExcluded: false,
      });
    });

    it('should give the democratic yes votes missing as a negative margin when relying on excluded votes', () => {
      // Yd = 23, N = 29: 23 - 29 - 1 = -7.
      expect(tallyVote(aFdDecisive).margin).toBe(-7);
    });

    it('should be false when excluded yes votes are not needed', () => {
      expect(tallyVote(workedExampleVote()).reliesOnExcluded).toBe(false);
    });

    it('should be false when the motion fails even with the excluded yes votes', () => {
      const tally = tallyVote(
        councilVote({
          votes: { AFD: 'yes', CDU: 'yes', SPD: 'no', GRUENE: 'no' },
          rest: 'abstain',
        }),
      );
      expect(tally).toMatchObject({ yes: 32, no: 39, passes: false, reliesOnExcluded: false });
    });

    it('should be true when the excluded yes votes turn a democratic tie into a pass', () => {
      const tally = tallyVote(
        councilVote({
          votes: {
            SPD: 'yes',
            GRUENE: 'yes',
            MAYOR: 'abstain',
            AFD: { yes: 1, abstain: 13 },
            CDU: 'no',
            LINKE: 'no',
            ...votesFor(SMALL_GROUP_KEYS, 'no'),
          },
        }),
      );
      expect(tally).toMatchObject({ yes: 40, no: 39, passes: true, reliesOnExcluded: true });
      expect(tally.margin).toBe(-1);
    });
  });

  describe('democraticMajority', () => {
    it('should be true when Yd > N although excluded members vote no', () => {
      const tally = tallyVote(
        councilVote({ votes: { ...coalitionYes, LINKE: 'yes', AFD: 'no', CDU: 'no' } }),
      );
      expect(tally).toMatchObject({ yes: 49, no: 32, democraticMajority: true });
    });

    it('should be false when the motion is rejected', () => {
      const tally = tallyVote(councilVote({ votes: { ...coalitionYes }, rest: 'no' }));
      expect(tally).toMatchObject({ yes: 40, no: 53, passes: false, democraticMajority: false });
    });
  });

  describe('robustAgainstExcluded', () => {
    it('should be false when the excluded members switching to no would flip the result', () => {
      // Yd 40 > N 27, but 40 > 27 + 14 (abstaining AfD) fails.
      const tally = tallyVote(
        councilVote({ votes: { ...coalitionYes, CDU: 'no', LINKE: 'no', AFD: 'abstain' } }),
      );
      expect(tally).toMatchObject({
        democraticMajority: true,
        robustAgainstExcluded: false,
        margin: 12,
      });
    });

    it('should be true when Yd beats Nd plus every present excluded member', () => {
      const tally = tallyVote(
        councilVote({ votes: { ...coalitionYes, LINKE: 'yes', CDU: 'no', AFD: 'abstain' } }),
      );
      // 49 > 18 + 14
      expect(tally.robustAgainstExcluded).toBe(true);
    });

    it('should be false when Yd equals Nd plus the present excluded members', () => {
      // Yd 40; Nd = CDU 18 + Linke 8 = 26; AfD 14 present: 40 > 26 + 14 fails.
      const tally = tallyVote(
        councilVote({
          votes: { ...coalitionYes, CDU: 'no', LINKE: { no: 8, abstain: 1 }, AFD: 'yes' },
        }),
      );
      expect(tally).toMatchObject({ passes: true, robustAgainstExcluded: false });
    });

    it('should ignore absent excluded members', () => {
      const tally = tallyVote(
        councilVote({ votes: { ...coalitionYes, CDU: 'no', LINKE: 'no', AFD: 'absent' } }),
      );
      expect(tally).toMatchObject({ quorum: true, robustAgainstExcluded: true });
    });

    it('should count present excluded members who do not vote as possible no votes', () => {
      // Yd 40 > Nd 27 + AfD 14 present (not voting) = 41 fails.
      const tally = tallyVote(
        councilVote({ votes: { ...coalitionYes, CDU: 'no', LINKE: 'no', AFD: 'notVoting' } }),
      );
      expect(tally).toMatchObject({ democraticMajority: true, robustAgainstExcluded: false });
    });

    it('should be false when there is no quorum', () => {
      const tally = tallyVote(councilVote({ votes: { ...coalitionYes }, rest: 'absent' }));
      expect(tally).toMatchObject({ quorum: false, robustAgainstExcluded: false });
    });
  });

  describe('blockedByExcluded', () => {
    // Coalition 40 yes; CDU, AfD, UWG, FDP, BSW, Partei no (40); the rest abstain: a tie.
    const blocked = councilVote({
      votes: {
        ...coalitionYes,
        CDU: 'no',
        AFD: 'no',
        UWG: 'no',
        FDP: 'no',
        BSW: 'no',
        PARTEI: 'no',
      },
      rest: 'abstain',
    });

    it('should be true when the excluded no votes are decisive', () => {
      expect(tallyVote(blocked)).toMatchObject({
        yes: 40,
        no: 40,
        passes: false,
        blockedByExcluded: true,
      });
    });

    it('should be false when the motion would fail even without the excluded no votes', () => {
      // 39 yes against a democratic 40 no (CDU, Linke, small groups, one Grüne) plus AfD 14.
      const tally = tallyVote(
        councilVote({
          votes: {
            SPD: 'yes',
            GRUENE: { yes: 12, no: 1 },
            MAYOR: 'yes',
            CDU: 'no',
            LINKE: 'no',
            ...votesFor(SMALL_GROUP_KEYS, 'no'),
            AFD: 'no',
          },
        }),
      );
      expect(tally).toMatchObject({ yes: 39, no: 54, passes: false, blockedByExcluded: false });
    });

    it('should be false when the motion passes', () => {
      expect(tallyVote(workedExampleVote()).blockedByExcluded).toBe(false);
    });

    it('should be false when there is no quorum', () => {
      const tally = tallyVote(
        councilVote({ votes: { SPD: 'yes', AFD: { no: 14 }, CDU: { no: 5 } }, rest: 'absent' }),
      );
      expect(tally).toMatchObject({ quorum: false, blockedByExcluded: false });
    });
  });

  describe('quorum', () => {
    const withoutQuorum = councilVote({
      votes: { ...coalitionYes, LINKE: { yes: 6 }, AFD: { yes: 0 } },
      rest: 'absent',
    });

    it('should fail when only 46 of 93 are present', () => {
      expect(tallyVote(withoutQuorum)).toMatchObject({ present: 46, absent: 47, quorum: false });
    });

    it('should make every verdict false when there is no quorum', () => {
      expect(tallyVote(withoutQuorum)).toMatchObject({
        passes: false,
        democraticMajority: false,
        reliesOnExcluded: false,
        robustAgainstExcluded: false,
        blockedByExcluded: false,
        pivotalGroupKeys: [],
      });
    });

    it('should still give the margin of the votes as cast when there is no quorum', () => {
      // Quorum aside, 46 yes against 0 no: 45 to spare.
      expect(tallyVote(withoutQuorum).margin).toBe(45);
    });

    it('should hold when 47 of 93 are present', () => {
      const tally = tallyVote(
        councilVote({ votes: { ...coalitionYes, LINKE: { yes: 7 } }, rest: 'absent' }),
      );
      expect(tally).toMatchObject({ present: 47, quorum: true, passes: true });
    });

    it('should count excluded members towards the quorum', () => {
      const tally = tallyVote(
        councilVote({ votes: { ...coalitionYes, AFD: { abstain: 7 } }, rest: 'absent' }),
      );
      expect(tally).toMatchObject({ present: 47, quorum: true, democraticMajority: true });
    });

    it('should count present members who do not vote towards the quorum', () => {
      const tally = tallyVote(
        councilVote({ votes: { ...coalitionYes, CDU: { notVoting: 7 } }, rest: 'absent' }),
      );
      expect(tally).toMatchObject({ present: 47, abstain: 0, quorum: true, passes: true });
    });
  });

  describe('other majority kinds', () => {
    it('should rely on excluded votes under an absolute majority when only they reach 47', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'absolute',
          votes: { ...coalitionYes, AFD: 'yes', CDU: 'no' },
        }),
      );
      expect(tally).toMatchObject({
        yes: 54,
        required: 47,
        passes: true,
        democraticMajority: false,
        reliesOnExcluded: true,
        margin: -7,
      });
    });

    it('should give a democratic absolute majority with margin Yd - 47 when Linke joins', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'absolute',
          votes: { ...coalitionYes, LINKE: 'yes', AFD: 'yes', CDU: 'no' },
        }),
      );
      expect(tally).toMatchObject({
        passes: true,
        democraticMajority: true,
        reliesOnExcluded: false,
        robustAgainstExcluded: true,
        margin: 2,
      });
    });

    it('should reject under an absolute majority when 46 vote yes and nobody votes no', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'absolute',
          votes: { ...coalitionYes, LINKE: { yes: 6, abstain: 3 } },
          rest: 'abstain',
        }),
      );
      expect(tally).toMatchObject({ yes: 46, no: 0, passes: false, margin: -1 });
    });

    it('should never be blocked by excluded no votes under an absolute majority', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'absolute',
          votes: { ...coalitionYes, AFD: 'no' },
          rest: 'abstain',
        }),
      );
      expect(tally).toMatchObject({ passes: false, blockedByExcluded: false });
    });

    it('should give a democratic two-thirds majority of statutory members when 67 of 93 vote yes', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'twoThirdsStatutory',
          votes: { ...coalitionYes, CDU: 'yes', LINKE: 'yes', AFD: 'no' },
        }),
      );
      expect(tally).toMatchObject({
        yes: 67,
        required: 62,
        democraticMajority: true,
        margin: 5,
      });
    });

    it('should rely on excluded votes under two-thirds of statutory members when Yd = 58 < 62', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'twoThirdsStatutory',
          votes: { ...coalitionYes, CDU: 'yes', AFD: 'yes', LINKE: 'no' },
        }),
      );
      expect(tally).toMatchObject({
        yes: 72,
        passes: true,
        reliesOnExcluded: true,
        margin: -4,
      });
    });

    it('should give a democratic two-thirds majority of votes cast when 49 yes face 23 no', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'twoThirdsCast',
          votes: { ...coalitionYes, LINKE: 'yes', CDU: 'no', UWG: 'no', FDP: 'no' },
        }),
      );
      expect(tally).toMatchObject({
        yes: 49,
        no: 23,
        required: 46,
        democraticMajority: true,
        margin: 3,
      });
    });

    it('should rely on excluded votes under two-thirds of votes cast when only their yes reach 2N', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'twoThirdsCast',
          votes: { ...coalitionYes, AFD: 'yes', CDU: 'no', LINKE: 'no' },
        }),
      );
      expect(tally).toMatchObject({
        yes: 54,
        no: 27,
        passes: true,
        reliesOnExcluded: true,
        margin: -14,
      });
    });

    it('should be blocked by excluded no votes under two-thirds of votes cast when Y >= 2 Nd', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'twoThirdsCast',
          votes: { ...coalitionYes, CDU: 'no', AFD: 'no' },
        }),
      );
      expect(tally).toMatchObject({ yes: 40, no: 32, passes: false, blockedByExcluded: true });
    });

    it('should not be robust under two-thirds of votes cast when the present excluded could double N', () => {
      const tally = tallyVote(
        councilVote({
          requiredMajority: 'twoThirdsCast',
          votes: { ...coalitionYes, LINKE: 'yes', CDU: 'no', AFD: 'abstain' },
        }),
      );
      // 49 >= 2 * 18 holds, 49 >= 2 * (18 + 14) does not.
      expect(tally).toMatchObject({ democraticMajority: true, robustAgainstExcluded: false });
    });
  });

  describe('margin', () => {
    it('should be Yd - N - 1 under a simple majority', () => {
      const tally = tallyVote(
        councilVote({ votes: { ...coalitionYes, CDU: 'no', AFD: 'yes', LINKE: 'no' } }),
      );
      expect(tally.margin).toBe(40 - 27 - 1);
    });

    it('should be 0 when one lost democratic yes vote breaks a simple majority', () => {
      const votes: Record<string, BlockVote> = {
        ...coalitionYes,
        CDU: 'no',
        LINKE: 'no',
        ...votesFor(SMALL_GROUP_KEYS, 'no'),
      };
      const tally = tallyVote(councilVote({ votes, rest: 'abstain' }));
      expect(tally).toMatchObject({ yes: 40, no: 39, margin: 0, democraticMajority: true });
      const oneAway = tallyVote(
        councilVote({ votes: { ...votes, SPD: { yes: 25 } }, rest: 'abstain' }),
      );
      expect(oneAway).toMatchObject({ margin: -1, democraticMajority: false });
    });

    it('should be the democratic yes votes that could turn absent under two-thirds of votes cast', () => {
      const votes = { ...coalitionYes, LINKE: 'yes', CDU: 'no', UWG: 'no', FDP: 'no' } as const;
      const spare = tallyVote(
        councilVote({
          requiredMajority: 'twoThirdsCast',
          votes: { ...votes, LINKE: { yes: 6 } },
        }),
      );
      const broken = tallyVote(
        councilVote({
          requiredMajority: 'twoThirdsCast',
          votes: { ...votes, LINKE: { yes: 5 } },
        }),
      );
      expect(spare).toMatchObject({ margin: 0, democraticMajority: true });
      expect(broken).toMatchObject({ margin: -1, democraticMajority: false });
    });

    it('should be minus the yes votes needed from abstainers under two-thirds of votes cast', () => {
      // 40 yes against CDU + UWG 21 no: 42 needed, 2 missing; Linke abstains.
      const base: Record<string, BlockVote> = { ...coalitionYes, CDU: 'no', UWG: 'no' };
      const tallyWith = (linkeYes: number) =>
        tallyVote(
          councilVote({
            requiredMajority: 'twoThirdsCast',
            votes: { ...base, LINKE: { yes: linkeYes, abstain: 9 - linkeYes } },
            rest: 'abstain',
          }),
        );
      expect(tallyWith(0)).toMatchObject({ yes: 40, no: 21, margin: -2 });
      expect(tallyWith(1)).toMatchObject({ margin: -1, democraticMajority: false });
      expect(tallyWith(2)).toMatchObject({ margin: 0, democraticMajority: true });
    });

    it('should be Yd minus the quota under two-thirds of statutory members', () => {
      const tally = tallyVote(
        councilVote({ requiredMajority: 'twoThirdsStatutory', votes: { ...coalitionYes } }),
      );
      expect(tally.margin).toBe(40 - 62);
    });
  });

  describe('mayor not voting (§ 40 Abs. 2 GO NRW)', () => {
    const groups = bochumCouncil({ mayorVotes: false });
    const votes = {
      SPD: 'yes',
      GRUENE: 'yes',
      CDU: 'no',
      LINKE: 'no',
      ...votesFor(SMALL_GROUP_KEYS, 'no'),
      AFD: 'abstain',
    } as const;

    it('should tie 39 : 39 and reject when the mayor block is dropped and V = 92', () => {
      const tally = tallyVote(councilVote({ groups, votes }));
      expect(tally).toMatchObject({ yes: 39, no: 39, present: 92, passes: false });
    });

    it('should pass the same vote 40 : 39 when the mayor votes yes', () => {
      const tally = tallyVote(councilVote({ votes: { ...votes, MAYOR: 'yes' } }));
      expect(tally).toMatchObject({ yes: 40, no: 39, present: 93, passes: true });
    });

    it('should require 47 for an absolute majority of 92 members', () => {
      const tally = tallyVote(
        councilVote({ groups, requiredMajority: 'absolute', votes: { ...votes, LINKE: 'yes' } }),
      );
      expect(tally).toMatchObject({ yes: 48, required: 47, margin: 1, democraticMajority: true });
    });

    it('should need 47 of 92 present for a quorum', () => {
      const absent46 = tallyVote(
        councilVote({
          groups,
          votes: { SPD: 'yes', GRUENE: 'yes', LINKE: { yes: 7 } },
          rest: 'absent',
        }),
      );
      const absent47 = tallyVote(
        councilVote({
          groups,
          votes: { SPD: 'yes', GRUENE: 'yes', LINKE: { yes: 7 }, AFD: { abstain: 1 } },
          rest: 'absent',
        }),
      );
      expect(absent46).toMatchObject({ present: 46, quorum: false });
      expect(absent47).toMatchObject({ present: 47, quorum: true });
    });
  });

  describe('pivotal groups', () => {
    it('should report every democratic yes group whose switch to no ends a narrow majority', () => {
      // Yd 49 against N 44 (CDU, small groups and AfD).
      const tally = tallyVote(
        councilVote({
          votes: { ...coalitionYes, LINKE: 'yes', CDU: 'no', AFD: 'no' },
          rest: 'no',
        }),
      );
      expect(tally).toMatchObject({ yes: 49, no: 44, margin: 4 });
      expect(tally.pivotalGroupKeys).toEqual(['SPD', 'GRUENE', 'LINKE']);
    });

    it('should not report the mayor or an excluded group when their switch to no would flip it', () => {
      // 40 + 14 AfD yes against 39: the mayor or AfD switching to no would end the majority.
      const tally = tallyVote(
        councilVote({
          votes: { ...coalitionYes, AFD: 'yes', CDU: 'no', LINKE: 'no' },
          rest: 'no',
        }),
      );
      expect(tally).toMatchObject({ yes: 54, no: 39, margin: 0, democraticMajority: true });
      expect(tally.pivotalGroupKeys).toEqual(['SPD', 'GRUENE']);
    });

    it('should report every group whose switch to yes would create a democratic majority when there is none', () => {
      // SPD, Grüne and AfD yes (53, Yd 39) against 39 no; the mayor abstains.
      const tally = tallyVote(
        councilVote({
          votes: { SPD: 'yes', GRUENE: 'yes', AFD: 'yes', MAYOR: 'abstain' },
          rest: 'no',
        }),
      );
      expect(tally).toMatchObject({ passes: true, democraticMajority: false });
      expect(tally.pivotalGroupKeys).toEqual([
        'CDU',
        'LINKE',
        'UWG',
        'FDP',
        'STADTGESTALTER',
        'PARTEI',
        'BSW',
        'VOLT',
        'TIERSCHUTZ',
      ]);
    });

    it('should report only groups large enough to flip it when there is no democratic majority', () => {
      // 40 yes against 18 + 9 + 12 + 14 = 53 no.
      const tally = tallyVote(councilVote({ votes: { ...coalitionYes }, rest: 'no' }));
      expect(tally).toMatchObject({ democraticMajority: false, margin: -14 });
      expect(tally.pivotalGroupKeys).toEqual(['CDU', 'LINKE']);
    });

    it('should switch the whole vote of a divided group, abstentions included', () => {
      const groups = smallCouncil({ A: 10, B: 6, C: 5, X: 4 }, ['X']);
      const tally = tallyVote(
        councilVote({
          groups,
          votes: { A: 'yes', B: { yes: 1, abstain: 5 }, C: 'no', X: 'no' },
        }),
      );
      // Yd 11 > N 9 by 2; B moving all six (yes and abstentions) to no makes 10 : 15.
      expect(tally).toMatchObject({ democraticMajority: true, margin: 1 });
      expect(tally.pivotalGroupKeys).toEqual(['A', 'B']);
    });

    it('should not report a group whose members are all absent when their yes would flip it', () => {
      // A 10 yes against B 10 no; C (9) is away: absent members stay absent when switching.
      const groups = smallCouncil({ A: 10, B: 10, C: 9 });
      const tally = tallyVote(councilVote({ groups, votes: { A: 'yes', B: 'no', C: 'absent' } }));
      expect(tally).toMatchObject({ quorum: true, democraticMajority: false });
      expect(tally.pivotalGroupKeys).toEqual(['B']);
    });

    it('should agree with pivotalGroupKeys called on its own', () => {
      const input = workedExampleVote();
      expect(pivotalGroupKeys(input, true)).toEqual(['SPD']);
    });
  });

  describe('hasDemocraticMajority', () => {
    it('should agree with the tally when there is a democratic majority', () => {
      expect(hasDemocraticMajority(workedExampleVote())).toBe(true);
    });

    it('should be false when the excluded yes votes are needed', () => {
      const input = councilVote({
        votes: { SPD: 'yes', GRUENE: 'yes', MAYOR: 'abstain', AFD: 'yes' },
        rest: 'no',
      });
      expect(hasDemocraticMajority(input)).toBe(false);
    });
  });
});
