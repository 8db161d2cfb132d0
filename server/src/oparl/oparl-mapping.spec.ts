import {
  groupKeyFor,
  isoDateOf,
  mapAgendaItem,
  mapMeeting,
  mapMembership,
  mapOrganization,
  mapPaper,
  mapPerson,
  motionTypeOf,
  overlappingMemberships,
  withModifiedSince,
} from './oparl-mapping';

describe('groupKeyFor', () => {
  it.each([
    ['SPD-Fraktion im Rat der Stadt Bochum', 'SPD', 'SPD'],
    ['Fraktion Bündnis 90/Die Grünen', 'Grüne', 'GRUENE'],
    ['Fraktion Die Mitte', undefined, 'DIEMITTE'],
    ['Gruppe Tierschutz & Umwelt', undefined, 'TIERSCHUTZUMWELT'],
    ['Fraktion', 'Fraktion', 'GRUPPE'],
    ['Straßenbau-Liste', undefined, 'STRASSENBAULISTE'],
  ])('should derive a stable key when the name is %s', (name, shortName, key) => {
    expect(groupKeyFor(name, shortName)).toBe(key);
    expect(groupKeyFor(name, shortName)).toBe(groupKeyFor(name, shortName));
  });

  it('should fall back to the name when the short name has no letters', () => {
    expect(groupKeyFor('Fraktion Volt', '–')).toBe('VOLT');
  });
});

describe('mapOrganization', () => {
  it('should map a Fraktion and ignore other organisation types', () => {
    expect(
      mapOrganization(
        { name: 'SPD-Fraktion', shortName: 'SPD', organizationType: 'Fraktion' },
        true,
      ),
    ).toEqual({
      ok: true,
      value: { key: 'SPD', name: 'SPD-Fraktion' },
    });
    expect(mapOrganization({ name: 'Hauptausschuss', organizationType: 'Gremium' }, false)).toEqual(
      {
        ok: true,
        value: null,
      },
    );
  });

  it('should skip a Fraktion without any name', () => {
    expect(mapOrganization({ organizationType: 'Fraktion' }, true)).toMatchObject({ ok: false });
  });
});

describe('mapPerson', () => {
  it('should prefer name and fall back to given and family name', () => {
    expect(mapPerson({ name: ' Anna Wechsel ' })).toEqual({
      ok: true,
      value: { name: 'Anna Wechsel' },
    });
    expect(mapPerson({ givenName: 'Anna', familyName: 'Wechsel' })).toEqual({
      ok: true,
      value: { name: 'Anna Wechsel' },
    });
  });

  it('should skip a person without any name', () => {
    expect(mapPerson({ familyName: '' })).toEqual({
      ok: false,
      reason: 'Person ohne Namen (name)',
    });
  });
});

describe('mapMembership', () => {
  const base = { organization: 'o/1', startDate: '2025-11-01' };

  it('should take the embedding person and keep the local day of date-times', () => {
    expect(mapMembership({ ...base, endDate: '2026-03-31T23:59:59+02:00' }, 'p/1')).toEqual({
      ok: true,
      value: { person: 'p/1', organization: 'o/1', from: '2025-11-01', to: '2026-03-31' },
    });
  });

  it.each([
    [{ startDate: '2025-11-01', person: 'p/1' }, 'Organisation'],
    [{ organization: 'o/1', person: 'p/1' }, 'Anfangsdatum'],
    [{ ...base }, 'Person'],
    [{ ...base, person: 'p/1', endDate: 'bald' }, 'Enddatum'],
    [{ ...base, person: 'p/1', endDate: '2025-10-01' }, 'vor ihrem Beginn'],
  ])('should skip %j with a reason naming %s', (raw, reason) => {
    const mapped = mapMembership(raw);
    expect(mapped.ok).toBe(false);
    expect(mapped.ok ? '' : mapped.reason).toContain(reason);
  });

  it('should ignore a membership without voting right', () => {
    expect(mapMembership({ ...base, votingRight: false }, 'p/1')).toEqual({
      ok: true,
      value: null,
    });
  });
});

describe('overlappingMemberships', () => {
  it('should keep consecutive memberships and single out overlapping ones', () => {
    const a = { from: '2025-11-01', to: '2026-03-31' };
    const b = { from: '2026-04-01', to: null };
    const c = { from: '2026-03-01', to: null };
    expect(overlappingMemberships([b, a])).toEqual({ kept: [a, b], overlapping: [] });
    expect(overlappingMemberships([a, c, b])).toEqual({ kept: [a, b], overlapping: [c] });
  });
});

describe('papers, meetings and agenda items', () => {
  it.each([
    ['Beschlussvorlage', 'vorlage'],
    ['Mitteilung der Verwaltung', 'vorlage'],
    ['Antrag', 'antrag'],
    ['Anfrage', 'antrag'],
    [undefined, 'antrag'],
  ])('should type paperType %s as %s', (paperType, type) => {
    expect(motionTypeOf(paperType)).toBe(type);
  });

  it('should map a paper and skip one without reference and name', () => {
    expect(
      mapPaper({ type: 'Paper', reference: 'V 1', paperType: 'Vorlage', date: '2026-01-05' }),
    ).toEqual({
      ok: true,
      value: {
        title: 'Drucksache V 1',
        reference: 'V 1',
        type: 'vorlage',
        date: '2026-01-05',
        originators: [],
      },
    });
    expect(mapPaper({ paperType: 'Antrag' }).ok).toBe(false);
  });

  it('should take the meeting day from start as written, not in UTC', () => {
    expect(mapMeeting({ name: 'Rat', start: '2026-01-29T00:30:00+01:00' })).toEqual({
      ok: true,
      value: {
        name: 'Rat',
        date: '2026-01-29',
        start: '2026-01-29T00:30:00+01:00',
        cancelled: false,
      },
    });
    expect(mapMeeting({ name: 'Rat' }).ok).toBe(false);
  });

  it('should map an agenda item with its position and consultation', () => {
    expect(mapAgendaItem({ number: 3, name: 'Haushalt', consultation: 'c/1' }, 2)).toEqual({
      ok: true,
      value: { number: '3', name: 'Haushalt', position: 2, consultation: 'c/1' },
    });
    expect(mapAgendaItem({ number: '4' }, 0).ok).toBe(false);
  });
});

describe('isoDateOf and withModifiedSince', () => {
  it('should accept only real dates', () => {
    expect(isoDateOf('2026-02-30')).toBeNull();
    expect(isoDateOf(20260101)).toBeNull();
    expect(isoDateOf('2026-02-28')).toBe('2026-02-28');
  });

  it('should add modified_since to a list URL and leave it alone without a time', () => {
    const url = 'https://ris.example.org/oparl/body/1/paper?page=2';
    expect(withModifiedSince(url, null)).toBe(url);
    expect(
      new URL(withModifiedSince(url, '2026-01-01T00:00:00.000Z')).searchParams.get(
        'modified_since',
      ),
    ).toBe('2026-01-01T00:00:00.000Z');
  });
});
