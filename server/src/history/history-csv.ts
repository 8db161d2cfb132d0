import {
  hasCounts,
  type BallotExportRow,
  type BallotVote,
  type GroupLine,
  type HistoryVoteView,
  type VoteSource,
} from '@mehrheitsplaner/shared';
import { toCsv, type CsvValue } from './csv';

/** The exports' language: German for the users' Excel (default), English on `?lang=en`. */
export const CSV_LANGUAGES = ['de', 'en'] as const;
export type CsvLanguage = (typeof CSV_LANGUAGES)[number];

type Words = {
  votesHeader: readonly string[];
  groupLine: (key: string) => string;
  ballotsHeader: readonly string[];
  result: Record<HistoryVoteView['result'], string>;
  source: Record<VoteSource, string>;
  ballot: Record<BallotVote, string>;
  yesNo: readonly [string, string];
  /** ISO date (YYYY-MM-DD) as the spreadsheet's locale writes it. */
  date: (iso: string) => string;
  /** Decimal separator of the spreadsheet's locale. */
  decimal: string;
};

const WORDS: Record<CsvLanguage, Words> = {
  de: {
    votesHeader: [
      'Abstimmung',
      'Datum',
      'Antrag',
      'Drucksache',
      'Titel',
      'Politikfeld',
      'Antragsteller',
      'Ergebnis',
      'Erfasst als',
      'Ja',
      'Nein',
      'Enthaltung',
      'Abwesend',
      'Anwesend',
      'Beschlussfähig',
      'Angenommen',
      'Demokratische Mehrheit',
      'Nur mit ausgeschlossenen Stimmen',
      'Auch ohne ausgeschlossene Stimmen',
      'Von ausgeschlossenen Stimmen verhindert',
      'Abstand',
      'Ausschlaggebend',
      'Linie Koalition',
    ],
    groupLine: (key) => `Linie ${key}`,
    ballotsHeader: [
      'Abstimmung',
      'Datum',
      'Antrag',
      'Titel',
      'Mitglied',
      'Name',
      'Fraktion',
      'Stimme',
    ],
    result: { adopted: 'angenommen', rejected: 'abgelehnt' },
    source: {
      ballots: 'Einzelstimmen',
      groupCounts: 'Fraktionssummen',
      resultOnly: 'Nur Ergebnis (Ratsinformationssystem)',
    },
    ballot: {
      yes: 'ja',
      no: 'nein',
      abstain: 'Enthaltung',
      absent: 'abwesend',
      notVoting: 'nicht abgestimmt',
    },
    yesNo: ['ja', 'nein'],
    date: (iso) => iso.split('-').reverse().join('.'),
    decimal: ',',
  },
  en: {
    votesHeader: [
      'voteId',
      'date',
      'motionId',
      'reference',
      'title',
      'policyArea',
      'sponsorGroupKeys',
      'result',
      'source',
      'yes',
      'no',
      'abstain',
      'absent',
      'present',
      'quorum',
      'passes',
      'democraticMajority',
      'reliesOnExcluded',
      'robustAgainstExcluded',
      'blockedByExcluded',
      'margin',
      'pivotalGroupKeys',
      'coalitionLine',
    ],
    groupLine: (key) => `line ${key}`,
    ballotsHeader: ['voteId', 'date', 'motionId', 'title', 'memberId', 'name', 'groupKey', 'vote'],
    result: { adopted: 'adopted', rejected: 'rejected' },
    source: { ballots: 'ballots', groupCounts: 'groupCounts', resultOnly: 'resultOnly' },
    ballot: { yes: 'yes', no: 'no', abstain: 'abstain', absent: 'absent', notVoting: 'notVoting' },
    yesNo: ['yes', 'no'],
    date: (iso) => iso,
    decimal: '.',
  },
};

/** Cells in the export's words: booleans, lines and votes as words, dates in the locale's form. */
function cells(words: Words) {
  return {
    flag: (value: boolean) => words.yesNo[value ? 0 : 1],
    line: (line: GroupLine | undefined) => (line ? words.ballot[line] : null),
  };
}

/** The tally's cells of one vote: empty where a vote known only by its result has no counts. */
function tallyCells(vote: HistoryVoteView, words: Words): CsvValue[] {
  const { flag, line } = cells(words);
  if (!hasCounts(vote)) {
    const blank = (count: number): CsvValue[] => Array.from({ length: count }, () => null);
    return [...blank(6), flag(vote.tally.passes), ...blank(7)];
  }
  return [
    vote.tally.yes,
    vote.tally.no,
    vote.tally.abstain,
    vote.tally.absent,
    vote.tally.present,
    flag(vote.tally.quorum),
    flag(vote.tally.passes),
    flag(vote.tally.democraticMajority),
    flag(vote.tally.reliesOnExcluded),
    flag(vote.tally.robustAgainstExcluded),
    flag(vote.tally.blockedByExcluded),
    vote.tally.margin,
    vote.tally.pivotalGroupKeys.join(','),
    line(vote.coalitionLine),
  ];
}

/**
 * `votes.csv`: one row per vote, one line column per group (in seat-chart order). A vote known
 * only by its result writes the result with empty counts and lines.
 */
export function votesCsv(
  votes: readonly HistoryVoteView[],
  groupKeys: readonly string[],
  language: CsvLanguage,
): string {
  const words = WORDS[language];
  const { line } = cells(words);
  const header = [...words.votesHeader, ...groupKeys.map(words.groupLine)];
  const rows: CsvValue[][] = votes.map((vote) => [
    vote.id,
    words.date(vote.date),
    vote.motionId,
    vote.reference,
    vote.title,
    vote.policyArea,
    vote.sponsorGroupKeys.join(','),
    words.result[vote.result],
    words.source[vote.source],
    ...tallyCells(vote, words),
    ...groupKeys.map((key) => line(vote.groupLines[key])),
  ]);
  return toCsv(header, rows, words.decimal);
}

/** `ballots.csv`: one row per member and vote. */
export function ballotsCsv(rows: readonly BallotExportRow[], language: CsvLanguage): string {
  const words = WORDS[language];
  return toCsv(
    words.ballotsHeader,
    rows.map((r) => [
      r.voteId,
      words.date(r.date),
      r.motionId,
      r.title,
      r.memberId,
      r.name,
      r.groupKey,
      words.ballot[r.vote],
    ]),
    words.decimal,
  );
}
