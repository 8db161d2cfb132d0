/**
 * OParl 1.1 fixture objects (schema https://schema.oparl.org/1.1/) for the import tests. Ids are
 * URLs on the fixture server, so every function takes its base URL. Lists are given as pages.
 */
export type OparlObject = Record<string, unknown> & { id: string; modified?: string };

export const OPARL_TYPE = 'https://schema.oparl.org/1.1/';
export const CREATED = '2025-10-01T09:00:00+02:00';
export const MODIFIED = '2025-11-10T12:00:00+01:00';

export type FixtureLists = {
  organizations: OparlObject[][];
  persons: OparlObject[][];
  memberships: OparlObject[][];
  papers: OparlObject[][];
  meetings: OparlObject[][];
};

export type FixtureData = {
  system: OparlObject;
  body: OparlObject;
  lists: FixtureLists;
  /** Objects only reachable by their own URL (look-ups). */
  singles: OparlObject[];
};

export function buildFixtureData(base: string): FixtureData {
  const api = `${base}/oparl/v1`;
  const id = (kind: string, n: number | string) => `${api}/${kind}/${n}`;
  const object = (kind: string, n: number | string, fields: Record<string, unknown>) => ({
    id: id(kind.toLowerCase(), n),
    type: `${OPARL_TYPE}${kind}`,
    created: CREATED,
    modified: MODIFIED,
    ...fields,
  });
  const body = id('body', 1);
  const org = (n: number) => id('organization', n);
  const person = (n: number) => id('person', n);

  const membership = (
    n: number,
    p: number,
    o: number | null,
    startDate: string | null,
    endDate?: string,
  ): OparlObject =>
    object('Membership', n, {
      person: person(p),
      ...(o === null ? {} : { organization: org(o) }),
      ...(startDate === null ? {} : { startDate }),
      ...(endDate ? { endDate } : {}),
      votingRight: true,
      role: 'Mitglied',
    });
  const memberships = {
    switchOut: membership(11, 1, 1, '2025-11-01', '2026-03-31'),
    switchIn: membership(12, 1, 2, '2026-04-01'),
    bernd: membership(21, 2, 1, '2025-11-01'),
    carla: membership(31, 3, 3, '2025-11-01'),
    carlaCommittee: membership(32, 3, 4, '2025-11-01'),
    dora: membership(41, 4, 3, '2025-11-01'),
    nameless: membership(51, 5, 1, '2025-11-01'),
    noOrganization: membership(99, 2, null, '2025-11-01'),
  };
  const embed = (...items: OparlObject[]) =>
    items.map(({ person: _person, ...rest }) => rest as OparlObject);
  const personObject = (n: number, name: string | null, items: OparlObject[]) =>
    object('Person', n, {
      body,
      ...(name === null
        ? {}
        : { name, familyName: name.split(' ').pop(), givenName: name.split(' ')[0] }),
      membership: embed(...items),
    });

  const consultation = (n: number, paper: number, meeting: number, agendaItem: number) =>
    object('Consultation', n, {
      paper: id('paper', paper),
      meeting: id('meeting', meeting),
      agendaItem: id('agendaitem', agendaItem),
      organization: [org(5)],
      authoritative: true,
      role: 'Entscheidung',
    });
  const agendaItem = (n: number, meeting: number, number: string, name: string, c?: number) =>
    object('AgendaItem', n, {
      meeting: id('meeting', meeting),
      number,
      order: n,
      name,
      public: true,
      ...(c === undefined ? {} : { consultation: id('consultation', c) }),
    });

  return {
    system: object('System', 'system', {
      id: `${api}/system`,
      oparlVersion: 'https://schema.oparl.org/1.1/',
      name: 'OParl-Fixture Bochum',
      body: `${api}/bodies`,
    }),
    body: object('Body', 1, {
      system: `${api}/system`,
      name: 'Rat der Stadt Bochum',
      shortName: 'Bochum',
      organization: `${body}/organizations`,
      person: `${body}/persons`,
      membership: `${body}/memberships`,
      paper: `${body}/papers`,
      meeting: `${body}/meetings`,
      legislativeTerm: [],
    }),
    lists: {
      organizations: [
        [
          object('Organization', 1, {
            body,
            name: 'SPD-Fraktion im Rat der Stadt Bochum',
            shortName: 'SPD',
            organizationType: 'Fraktion',
            classification: 'Fraktion',
          }),
          object('Organization', 2, {
            body,
            name: 'Fraktion Bündnis 90/Die Grünen',
            shortName: 'Bündnis 90/Die Grünen',
            organizationType: 'Fraktion',
          }),
        ],
        [
          object('Organization', 3, {
            body,
            name: 'Fraktion Die Mitte',
            shortName: 'Die Mitte',
            organizationType: 'Fraktion',
          }),
          object('Organization', 4, {
            body,
            name: 'Ausschuss für Planung und Grundstücke',
            organizationType: 'Gremium',
          }),
        ],
      ],
      persons: [
        [
          personObject(1, 'Anna Wechsel', [memberships.switchOut, memberships.switchIn]),
          personObject(2, 'Bernd Beispiel', [memberships.bernd]),
          personObject(3, 'Carla Mitte', [memberships.carla, memberships.carlaCommittee]),
        ],
        [
          personObject(4, 'Dora Dritte', [memberships.dora]),
          personObject(5, null, [memberships.nameless]),
          {
            id: person(6),
            type: `${OPARL_TYPE}Person`,
            created: CREATED,
            modified: MODIFIED,
            deleted: true,
          },
          personObject(7, 'Emil Verwaltung', []),
        ],
      ],
      memberships: [
        [memberships.switchOut, memberships.switchIn, memberships.bernd, memberships.carla],
        [
          memberships.carlaCommittee,
          memberships.dora,
          memberships.nameless,
          memberships.noOrganization,
        ],
      ],
      papers: [
        [
          object('Paper', 1, {
            body,
            name: 'Mehr sichere Radwege in der Innenstadt',
            reference: 'A 2025/0001',
            date: '2025-12-01',
            paperType: 'Antrag',
            originatorOrganization: [org(1), org(2)],
            consultation: [consultation(1, 1, 1, 2)],
          }),
          object('Paper', 2, {
            body,
            name: 'Haushaltssatzung 2026',
            reference: 'V 20252345',
            date: '2025-12-05',
            paperType: 'Beschlussvorlage',
            consultation: [consultation(2, 2, 1, 3)],
          }),
        ],
        [
          object('Paper', 3, {
            body,
            name: 'Baustellen im Stadtgebiet',
            reference: 'M 2026/0010',
            date: '2026-01-10',
            paperType: 'Mitteilung der Verwaltung',
          }),
          object('Paper', 4, { body, paperType: 'Antrag', date: '2026-01-12' }),
          {
            id: id('paper', 5),
            type: `${OPARL_TYPE}Paper`,
            created: CREATED,
            modified: MODIFIED,
            deleted: true,
          },
        ],
      ],
      meetings: [
        [
          object('Meeting', 1, {
            name: '5. Sitzung des Rates',
            start: '2026-01-29T15:00:00+01:00',
            end: '2026-01-29T20:00:00+01:00',
            organization: [org(5)],
            agendaItem: [
              agendaItem(1, 1, '1', 'Eröffnung der Sitzung'),
              agendaItem(2, 1, '2', 'Mehr sichere Radwege in der Innenstadt', 1),
              agendaItem(3, 1, '3', 'Haushaltssatzung 2026', 2),
            ],
          }),
          object('Meeting', 2, {
            name: '6. Sitzung des Rates',
            start: '2026-02-26T15:00:00+01:00',
            agendaItem: [agendaItem(4, 2, '1', 'Baustellen im Stadtgebiet', 3)],
          }),
        ],
        [object('Meeting', 3, { name: 'Sitzung ohne Termin' })],
      ],
    },
    singles: [consultation(3, 3, 2, 4)],
  };
}
