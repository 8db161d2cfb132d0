import type { BallotExportRow, HistoryVoteView } from '@mehrheitsplaner/shared';
import { ballotsCsv, votesCsv } from './history-csv';

const vote = {
  id: 7,
  motionId: 3,
  title: 'Radweg',
  reference: '20260001',
  policyArea: 'Mobilität',
  sponsorGroupKeys: ['SPD', 'GRUENE'],
  date: '2026-03-05',
  result: 'adopted',
  source: 'groupCounts',
  tally: {
    yes: 50,
    no: 30,
    abstain: 2,
    absent: 11,
    present: 82,
    quorum: true,
    passes: true,
    democraticMajority: true,
    reliesOnExcluded: false,
    robustAgainstExcluded: true,
    blockedByExcluded: false,
    margin: 20,
    pivotalGroupKeys: ['CDU'],
  },
  groupLines: { SPD: 'yes', AfD: 'no' },
  coalitionLine: 'yes',
} as unknown as HistoryVoteView;

const rowsOf = (csv: string) => csv.slice(1).trim().split('\r\n');

describe('history CSV exports', () => {
  it('should write German headers, words and dates by default', () => {
    const [header, row] = rowsOf(votesCsv([vote], ['SPD', 'AfD', 'VOLT'], 'de'));
    expect(header.split(';').slice(0, 3)).toEqual(['Abstimmung', 'Datum', 'Antrag']);
    expect(header.endsWith(';Linie Koalition;Linie SPD;Linie AfD;Linie VOLT')).toBe(true);
    expect(row).toBe(
      '7;05.03.2026;3;20260001;Radweg;Mobilität;SPD,GRUENE;angenommen;Fraktionssummen;' +
        '50;30;2;11;82;ja;ja;ja;nein;ja;nein;20;CDU;ja;ja;nein;',
    );
  });

  it('should keep the English words and ISO dates on request', () => {
    const [header, row] = rowsOf(votesCsv([vote], ['SPD'], 'en'));
    expect(header.split(';').slice(0, 3)).toEqual(['voteId', 'date', 'motionId']);
    expect(row).toContain(';2026-03-05;');
    expect(row).toContain(
      ';adopted;groupCounts;50;30;2;11;82;yes;yes;yes;no;yes;no;20;CDU;yes;yes',
    );
  });

  it('should write a result without counts with empty count, flag and line cells', () => {
    const resultOnly = {
      ...vote,
      result: 'rejected',
      source: 'resultOnly',
      tally: { ...vote.tally, passes: false },
      groupLines: {},
      coalitionLine: null,
    } as HistoryVoteView;
    const [, row] = rowsOf(votesCsv([resultOnly], ['SPD'], 'de'));
    expect(row).toBe(
      '7;05.03.2026;3;20260001;Radweg;Mobilität;SPD,GRUENE;abgelehnt;' +
        'Nur Ergebnis (Ratsinformationssystem);;;;;;;nein;;;;;;;;',
    );
  });

  it('should word every ballot in German', () => {
    const ballot = (vote: BallotExportRow['vote']): BallotExportRow => ({
      voteId: 1,
      motionId: 2,
      date: '2025-12-11',
      title: 'Haushalt',
      memberId: 9,
      name: 'A. B.',
      groupKey: 'SPD',
      vote,
    });
    const votes = ['yes', 'no', 'abstain', 'absent', 'notVoting'] as const;
    const lines = rowsOf(ballotsCsv(votes.map(ballot), 'de'));
    expect(lines[0]).toBe('Abstimmung;Datum;Antrag;Titel;Mitglied;Name;Fraktion;Stimme');
    expect(lines.slice(1).map((line) => line.split(';').at(-1))).toEqual([
      'ja',
      'nein',
      'Enthaltung',
      'abwesend',
      'nicht abgestimmt',
    ]);
    expect(lines[1]).toBe('1;11.12.2025;2;Haushalt;9;A. B.;SPD;ja');
  });
});
