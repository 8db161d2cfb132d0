import { describe, expect, it } from '@jest/globals';
import { hrefOf, navPageOf, parseRoute } from './route';
import type { Route } from './route';

describe('parseRoute', () => {
  it('should give the council page when the hash is empty or unknown', () => {
    expect(parseRoute('')).toEqual({ page: 'council' });
    expect(parseRoute('#/')).toEqual({ page: 'council' });
    expect(parseRoute('#/irgendwas')).toEqual({ page: 'council' });
  });

  it('should give the motion list and a motion when the hash names them', () => {
    expect(parseRoute('#/antraege')).toEqual({ page: 'motions' });
    expect(parseRoute('#/antraege/42')).toEqual({ page: 'motion', motionId: 42 });
    expect(parseRoute('#/antraege/42/druck')).toEqual({ page: 'motionPrint', motionId: 42 });
    expect(parseRoute('#/antraege/abc')).toEqual({ page: 'motions' });
  });

  it('should give meetings, history, agreement and admin when the hash names them', () => {
    expect(parseRoute('#/sitzungen')).toEqual({ page: 'meetings' });
    expect(parseRoute('#/sitzungen/7')).toEqual({ page: 'meeting', meetingId: 7 });
    expect(parseRoute('#/sitzungen/x')).toEqual({ page: 'meetings' });
    expect(parseRoute('#/verlauf')).toEqual({ page: 'history' });
    expect(parseRoute('#/koalitionsvertrag')).toEqual({ page: 'agreement' });
    expect(parseRoute('#/verwaltung')).toEqual({ page: 'admin' });
    expect(parseRoute('#/verwaltung/protokoll')).toEqual({ page: 'audit' });
    expect(parseRoute('#/passwort')).toEqual({ page: 'password' });
  });

  it('should give the bodies and one body by its key when the hash names them', () => {
    expect(parseRoute('#/gremien')).toEqual({ page: 'bodies' });
    expect(parseRoute('#/gremien/BV-MITTE')).toEqual({ page: 'body', bodyKey: 'BV-MITTE' });
    expect(navPageOf({ page: 'body', bodyKey: 'HFA' })).toBe('bodies');
  });

  it('should round-trip when a route is turned into a link', () => {
    const routes: Route[] = [
      { page: 'council' },
      { page: 'bodies' },
      { page: 'body', bodyKey: 'BV MITTE' },
      { page: 'motions' },
      { page: 'motion', motionId: 7 },
      { page: 'motionPrint', motionId: 7 },
      { page: 'meetings' },
      { page: 'meeting', meetingId: 3 },
      { page: 'history' },
      { page: 'agreement' },
      { page: 'admin' },
      { page: 'password' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('should mark the parent header entry when a detail page is open', () => {
    expect(navPageOf({ page: 'motionPrint', motionId: 1 })).toBe('motions');
    expect(navPageOf({ page: 'meeting', meetingId: 1 })).toBe('meetings');
    expect(navPageOf({ page: 'history' })).toBe('history');
    expect(navPageOf({ page: 'password' })).toBeNull();
  });
});
