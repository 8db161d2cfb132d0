import { describe, expect, it } from '@jest/globals';
import { whipEntry } from './__fixtures__/motion-factories';
import { draftOf } from './whip-draft';
import { differingFields, mergeDrafts } from './whip-merge';

const base = draftOf(whipEntry({ stance: 'unknown', confidence: 'uncertain', note: 'alt' }));

describe('mergeDrafts', () => {
  it("should keep one's own changes and the other person's changes to other fields", () => {
    const own = { ...base, stance: 'yes' as const, confidence: 'confirmed' as const };
    const theirs = { ...base, stance: 'no' as const, note: 'Rückruf morgen', absent: 2 };
    expect(mergeDrafts(base, own, theirs)).toEqual({
      ...base,
      stance: 'yes',
      confidence: 'confirmed',
      note: 'Rückruf morgen',
      absent: 2,
    });
  });

  it('should merge member overrides member by member, also a removed one', () => {
    const start = { ...base, members: { 1: 'no' as const, 2: 'absent' as const } };
    const own = { ...start, members: { 2: 'absent' as const, 3: 'yes' as const } };
    const theirs = { ...start, members: { 1: 'no' as const, 2: 'yes' as const, 4: 'no' as const } };
    expect(mergeDrafts(start, own, theirs).members).toEqual({ 2: 'yes', 3: 'yes', 4: 'no' });
  });

  it('should give the new state unchanged when one changed nothing', () => {
    const theirs = { ...base, stance: 'abstain' as const };
    expect(mergeDrafts(base, base, theirs)).toEqual(theirs);
  });
});

describe('differingFields', () => {
  it('should list the fields where the own edit and the new state differ', () => {
    const own = { ...base, stance: 'yes' as const };
    const theirs = { ...base, stance: 'no' as const, absent: 1 };
    expect(differingFields(own, theirs)).toEqual(['stance', 'absent']);
  });
});
