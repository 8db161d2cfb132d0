import type { OparlFixture } from '../oparl-fixture';
import { CREATED, MODIFIED, OPARL_TYPE, type FixtureData, type OparlObject } from './fixture-data';

/**
 * An OParl source with the variants real servers send (issue 13): contradicting or coded kinds,
 * "N/A" and blanks, a person without Fraktion, deleted objects without `type`, committees and a
 * district council, a paper with neither type nor name, results without counts (known words,
 * einstimmig/mehrheitlich, no vote, an unknown word, one without a paper), consultations in a
 * committee, the Rat (with a role of its own words) and a party (no body).
 */
export function buildHardenedData(base: string): FixtureData {
  const api = `${base}/oparl/v1`;
  const id = (kind: string, n: number | string) => `${api}/${kind}/${n}`;
  const object = (kind: string, n: number, fields: Record<string, unknown>): OparlObject => ({
    id: id(kind.toLowerCase(), n),
    type: `${OPARL_TYPE}${kind}`,
    created: CREATED,
    modified: MODIFIED,
    ...fields,
  });
  const body = id('body', 1);
  const org = (n: number) => id('organization', n);
  const organization = (n: number, fields: Record<string, unknown>) =>
    object('Organization', n, { body, ...fields });
  const deletedWithoutType = (kind: string, n: number): OparlObject => ({
    id: id(kind, n),
    deleted: true,
    modified: MODIFIED,
  });
  const membership = (n: number, person: number, o: number): OparlObject =>
    object('Membership', n, {
      person: id('person', person),
      organization: org(o),
      startDate: '2025-11-01',
      endDate: 'N/A',
      votingRight: true,
      role: ' ',
    });
  /** A paper the Rat decides in meeting 1 (consultation n). */
  const ratPaper = (n: number, name: string, reference: string) =>
    object('Paper', n, {
      body,
      name,
      reference,
      paperType: 'Antrag',
      consultation: [
        object('Consultation', n, {
          paper: id('paper', n),
          meeting: id('meeting', 1),
          organization: [org(4)],
          role: 'Entscheidung',
        }),
      ],
    });
  const item = (n: number, name: string, result: string, consultation?: number) =>
    object('AgendaItem', n, {
      number: String(n + 3),
      name,
      ...(consultation === undefined ? {} : { consultation: id('consultation', consultation) }),
      result,
    });
  const person = (n: number, name: string, orgs: number[]) =>
    object('Person', n, {
      body,
      name,
      membership: orgs.map((o, i) => membership(n * 10 + i, n, o)),
    });

  return {
    system: object('System', 0, {
      id: `${api}/system`,
      oparlVersion: 'https://schema.oparl.org/1.1/',
      name: 'OParl-Fixture Varianten',
      body: `${api}/bodies`,
    }),
    body: object('Body', 1, {
      system: `${api}/system`,
      name: 'Rat der Stadt Bochum',
      organization: `${body}/organizations`,
      person: `${body}/persons`,
      membership: `${body}/memberships`,
      paper: `${body}/papers`,
      meeting: `${body}/meetings`,
    }),
    lists: {
      organizations: [
        [
          organization(1, {
            name: 'SPD-Fraktion',
            shortName: 'SPD',
            organizationType: 'Gremium',
            classification: 'Fraktion',
          }),
          organization(2, { name: 'CDU-Fraktion', shortName: 'CDU', organizationType: 'FR' }),
          organization(3, {
            name: 'Fraktion Bündnis 90/Die Grünen',
            shortName: 'Bündnis 90/Die Grünen',
            organizationType: 'N/A',
            classification: '',
          }),
          organization(4, { name: 'Rat der Stadt Bochum', organizationType: 'Gremium' }),
        ],
        [
          organization(5, { name: 'Ausschuss für Umwelt', classification: 'Ausschuss' }),
          organization(6, { name: 'Haupt- und Finanzausschuss', organizationType: 'A' }),
          organization(7, { name: 'Bezirksvertretung Mitte', organizationType: 'BV' }),
          organization(8, { name: 'FDP', organizationType: 'Partei' }),
          deletedWithoutType('organization', 9),
        ],
      ],
      persons: [
        [
          person(1, 'Anna Amsel', [1, 4, 5]),
          person(2, 'Bert Buche', [2, 4, 6]),
          person(3, 'Cem Cedern', [3, 7]),
        ],
        [
          person(4, 'Doro Dohle', [8, 4]),
          person(5, 'Emil Eibe', [4]),
          person(6, 'Fiona Fink', [1, 4]),
          deletedWithoutType('person', 7),
        ],
      ],
      memberships: [[]],
      papers: [
        [
          object('Paper', 1, {
            body,
            name: 'Klimaschutz an Schulen',
            reference: 'A 2026/0001',
            paperType: 'Antrag',
            date: '2026-01-05',
            consultation: [
              object('Consultation', 1, {
                paper: id('paper', 1),
                agendaItem: id('agendaitem', 1),
                organization: [org(5)],
                role: 'Vorberatung',
              }),
              object('Consultation', 2, {
                paper: id('paper', 1),
                meeting: id('meeting', 1),
                organization: [org(4)],
                role: 'Beschlussfassung',
                authoritative: true,
              }),
              object('Consultation', 3, {
                paper: id('paper', 1),
                organization: [org(8)],
                role: 'Kenntnisnahme',
              }),
            ],
          }),
          { id: id('paper', 2), reference: 'X 9', modified: MODIFIED },
          ratPaper(5, 'Tempo 30 vor Kitas', 'A 2026/0003'),
          ratPaper(6, 'Neue Parkordnung', 'A 2026/0004'),
          ratPaper(7, 'Hundewiese im Westpark', 'A 2026/0005'),
        ],
        [deletedWithoutType('paper', 3)],
      ],
      meetings: [
        [
          object('Meeting', 1, {
            name: '2. Sitzung des Rates',
            start: '2026-02-12T16:00:00+01:00',
            organization: [org(4)],
            agendaItem: [
              object('AgendaItem', 1, {
                number: '4',
                name: 'Klimaschutz an Schulen',
                consultation: id('consultation', 1),
                result: 'beschlossen',
              }),
              item(2, 'Klimaschutz an Schulen (Beschluss)', 'Einstimmig angenommen.', 2),
              item(3, 'Tempo 30 vor Kitas', 'mehrheitlich abgelehnt', 5),
              item(4, 'Neue Parkordnung', 'Vertagt', 6),
              item(5, 'Hundewiese im Westpark', 'Zur Beratung in die Fraktionen', 7),
              item(6, 'Mitteilungen', 'angenommen'),
            ],
          }),
        ],
      ],
    },
    singles: [],
  };
}

/**
 * A later change at the source that both import specs meet: paper 6 gets a preliminary
 * consultation ("Vorberatung") in the environment committee (organization 5), so the next import
 * adds that step to the motion's path. Returns the paper's id.
 */
export function addUmweltConsultationToPaper6(fixture: OparlFixture): string {
  const url = (path: string) => `${fixture.base}/oparl/v1/${path}`;
  const paper = fixture.data.lists.papers[0].find((p) => p.id === url('paper/6'));
  if (!paper) throw new Error('no paper 6');
  fixture.update(paper.id, {
    consultation: [
      ...(paper.consultation as OparlObject[]),
      {
        id: url('consultation/60'),
        type: `${OPARL_TYPE}Consultation`,
        paper: paper.id,
        organization: [url('organization/5')],
        role: 'Vorberatung',
      },
    ],
  });
  return paper.id;
}
