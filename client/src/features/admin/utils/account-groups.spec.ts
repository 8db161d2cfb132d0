import { describe, expect, it } from '@jest/globals';
import type { CouncilView, GroupView } from '@mehrheitsplaner/shared';
import { groupAfterRoleChange, groupChoiceFor } from './account-groups';

const group = (key: string, coalition: boolean): GroupView => ({
  key,
  name: key,
  seats: 1,
  color: '#000000',
  excluded: false,
  coalition,
  seatsSource: { source: null, confidence: 'entered' },
  chartOrder: 0,
  version: 1,
});
const council = {
  coalitionGroupKeys: ['SPD'],
  groups: [group('SPD', true), group('CDU', false)],
} as CouncilView;

describe('account groups', () => {
  it('should offer a manager only coalition groups and anyone else every group', () => {
    expect(groupChoiceFor('manager', council).groups.map((g) => g.key)).toEqual(['SPD']);
    expect(groupChoiceFor('councillor', council).groups.map((g) => g.key)).toEqual(['SPD', 'CDU']);
  });

  it('should drop a non-coalition group when the role becomes manager', () => {
    expect(groupAfterRoleChange('manager', 'CDU', council)).toBe('');
    expect(groupAfterRoleChange('manager', 'SPD', council)).toBe('SPD');
    expect(groupAfterRoleChange('committee', 'CDU', council)).toBe('CDU');
  });
});
