import { describe, expect, it } from '@jest/globals';
import { hrefOf, parseRoute } from './route';

describe('parseRoute', () => {
  it('should give the council page when the hash is empty or unknown', () => {
    expect(parseRoute('')).toEqual({ page: 'council' });
    expect(parseRoute('#/')).toEqual({ page: 'council' });
    expect(parseRoute('#/irgendwas')).toEqual({ page: 'council' });
  });

  it('should give the motion list and a motion when the hash names them', () => {
    expect(parseRoute('#/antraege')).toEqual({ page: 'motions' });
    expect(parseRoute('#/antraege/42')).toEqual({ page: 'motion', motionId: 42 });
    expect(parseRoute('#/antraege/abc')).toEqual({ page: 'motions' });
  });

  it('should round-trip when a route is turned into a link', () => {
    for (const route of [
      { page: 'council' },
      { page: 'motions' },
      { page: 'motion', motionId: 7 },
    ] as const) {
      expect(parseRoute(hrefOf(route))).toEqual(route);
    }
  });
});
