import { describe, expect, it } from '@jest/globals';
import { motionView as motion } from './__fixtures__/motion-factories';
import {
  EMPTY_FILTERS,
  hasActiveFilters,
  policyAreasOf,
  replaceMotion,
  toListQuery,
} from './motion-filters';

describe('toListQuery', () => {
  it('should send nothing when no filter is set', () => {
    expect(toListQuery(EMPTY_FILTERS)).toEqual({});
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('should map every set filter to its query parameter when filters are set', () => {
    expect(
      toListQuery({
        q: '  Radweg ',
        status: 'onAgenda',
        policyArea: 'Mobilität',
        sponsor: 'SPD',
        from: '2026-01-01',
        to: '2026-06-30',
        withoutMajority: true,
      }),
    ).toEqual({
      q: 'Radweg',
      status: 'onAgenda',
      policyArea: 'Mobilität',
      sponsor: 'SPD',
      from: '2026-01-01',
      to: '2026-06-30',
      withoutMajority: true,
    });
  });

  it('should ignore a search of blanks when only spaces are typed', () => {
    expect(toListQuery({ ...EMPTY_FILTERS, q: '   ' })).toEqual({});
  });
});

describe('replaceMotion', () => {
  it('should replace the row when the pushed motion is listed', () => {
    const list = [motion(1), motion(2)];
    const pushed = motion(2, { version: 2, verdict: 'democratic', margin: 3 });
    const result = replaceMotion(list, pushed);
    expect(result.known).toBe(true);
    expect(result.list[1]).toBe(pushed);
    expect(list[1].verdict).toBe('open');
  });

  it('should keep the newer row when an older event arrives late', () => {
    const list = [motion(1, { version: 3 })];
    expect(replaceMotion(list, motion(1, { version: 2 })).list[0].version).toBe(3);
  });

  it('should report an unknown motion when it is not listed', () => {
    expect(replaceMotion([motion(1)], motion(9)).known).toBe(false);
  });
});

describe('policyAreasOf', () => {
  it('should list each policy area once, sorted, when motions share areas', () => {
    const list = [
      motion(1, { policyArea: 'Wohnen' }),
      motion(2, { policyArea: 'Mobilität' }),
      motion(3, { policyArea: 'Wohnen' }),
      motion(4),
    ];
    expect(policyAreasOf(list)).toEqual(['Mobilität', 'Wohnen']);
  });
});
