import { describe, expect, it } from '@jest/globals';
import { MAYOR_KEY } from '@mehrheitsplaner/shared';
import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { whipEntry } from './__fixtures__/motion-factories';
import { expectedSeatVotes, seatsOfBlock, whipCountInput } from './seat-votes';

const group = (key: string, seats: number, excluded = false) => ({
  key,
  name: key,
  seats,
  color: '#000000',
  excluded,
  coalition: false,
  seatsSource: { source: null, confidence: 'estimated' },
  chartOrder: 0,
  version: 1,
});

const council: CouncilView = {
  name: 'Rat',
  seats: 10,
  votingMembers: 11,
  mayorVotes: true,
  excludedGroupKeys: ['X'],
  coalitionGroupKeys: [],
  groups: [group('A', 6), group('X', 4, true)],
  mayor: { name: 'M', title: 'OB' },
};

const members: MemberView[] = [
  { id: 1, name: 'a1', groupKey: 'A', isMayor: false, version: 1 },
  { id: 2, name: 'a2', groupKey: 'A', isMayor: false, version: 1 },
  { id: 99, name: 'M', groupKey: null, isMayor: true, version: 1 },
];

describe('seatsOfBlock', () => {
  it('should list yes, no, abstain and absent seats in that order', () => {
    expect(
      seatsOfBlock({ key: 'A', excluded: false, yes: 2, no: 1, abstain: 1, absent: 1 }),
    ).toEqual(['yes', 'yes', 'no', 'abstain', 'absent']);
  });
});

describe('expectedSeatVotes', () => {
  it('should colour a group by its stance with absences and overrides when entries exist', () => {
    const input = whipCountInput(
      council,
      members,
      { mayorVotes: true, requiredMajority: 'simple' },
      [
        whipEntry({
          groupKey: 'A',
          stance: 'yes',
          absent: 1,
          members: [{ memberId: 2, vote: 'no' }],
        }),
        whipEntry({ groupKey: MAYOR_KEY, stance: 'yes', confidence: 'confirmed' }),
      ],
    );
    const votes = expectedSeatVotes(input);
    expect(votes.get('A')).toEqual(['yes', 'yes', 'yes', 'yes', 'no', 'absent']);
    expect(votes.get('X')).toEqual(['absent', 'absent', 'absent', 'absent']);
    expect(votes.get(MAYOR_KEY)).toEqual(['yes']);
    expect(input.votingMembers).toBe(11);
  });

  it('should leave the mayor out when the motion says he does not vote', () => {
    const input = whipCountInput(
      council,
      members,
      { mayorVotes: false, requiredMajority: 'simple' },
      [],
    );
    expect(input.votingMembers).toBe(10);
    expect(expectedSeatVotes(input).has(MAYOR_KEY)).toBe(false);
  });

  it('should ignore an override of a member who left the group', () => {
    const input = whipCountInput(
      council,
      members,
      { mayorVotes: true, requiredMajority: 'simple' },
      [whipEntry({ groupKey: 'A', stance: 'no', members: [{ memberId: 77, vote: 'yes' }] })],
    );
    expect(expectedSeatVotes(input).get('A')).toEqual(Array(6).fill('no'));
  });
});
