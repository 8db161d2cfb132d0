import type { Confidence, CouncilView } from '@mehrheitsplaner/shared';
import type { AccuracyRow, GroupHistoryRow, HistoryVoteView } from '@mehrheitsplaner/shared';

/** One month of the results chart: adopted split by how they were carried, and rejected. */
export type MonthResults = {
  month: string;
  democratic: number;
  reliesOnExcluded: number;
  adoptedOther: number;
  rejected: number;
};

/** How one recorded vote ended, for the chart and the table. */
export type VoteOutcome = 'democratic' | 'reliesOnExcluded' | 'adoptedOther' | 'rejected';

export function voteOutcome(vote: Pick<HistoryVoteView, 'tally'>): VoteOutcome {
  const { tally } = vote;
  if (!tally.passes) return 'rejected';
  if (tally.democraticMajority) return 'democratic';
  return tally.reliesOnExcluded ? 'reliesOnExcluded' : 'adoptedOther';
}

/** Votes counted per calendar month (`YYYY-MM`), oldest first, months without votes filled in. */
export function resultsByMonth(votes: HistoryVoteView[]): MonthResults[] {
  if (votes.length === 0) return [];
  const byMonth = new Map<string, MonthResults>();
  const months = votes.map((vote) => vote.date.slice(0, 7)).sort();
  for (let month = months[0]; month <= months[months.length - 1]; month = nextMonth(month)) {
    byMonth.set(month, { month, democratic: 0, reliesOnExcluded: 0, adoptedOther: 0, rejected: 0 });
  }
  for (const vote of votes) {
    const row = byMonth.get(vote.date.slice(0, 7));
    if (row) row[voteOutcome(vote)] += 1;
  }
  return [...byMonth.values()];
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** A bar per group: its rate (0–1, or null), name and colour from the council data. */
export type GroupBar = { key: string; name: string; color: string; value: number | null };

/** Rates of the group table as bars, in the council's chart order; the mayor is no group. */
export function groupBars(
  rows: GroupHistoryRow[],
  council: CouncilView,
  pick: (row: GroupHistoryRow) => number | null,
): GroupBar[] {
  const byKey = new Map(rows.map((row) => [row.groupKey, row]));
  return [...council.groups]
    .sort((a, b) => a.chartOrder - b.chartOrder)
    .filter((group) => byKey.has(group.key))
    .map((group) => {
      const row = byKey.get(group.key) as GroupHistoryRow;
      return { key: group.key, name: group.name, color: group.color, value: pick(row) };
    });
}

/** Per group: share of right projections per confidence band (null: nothing scored). */
export type AccuracyBar = {
  key: string;
  name: string;
  color: string;
} & Record<Confidence, number | null> & { scored: number; right: number };

const BANDS: Confidence[] = ['confirmed', 'likely', 'uncertain'];

export function accuracyBars(rows: AccuracyRow[], council: CouncilView): AccuracyBar[] {
  const names = new Map(council.groups.map((group) => [group.key, group]));
  const keys = [...new Set(rows.map((row) => row.groupKey))];
  const order = (key: string) => names.get(key)?.chartOrder ?? Number.MAX_SAFE_INTEGER;
  return keys
    .sort((a, b) => order(a) - order(b))
    .map((key) => {
      const own = rows.filter((row) => row.groupKey === key);
      const group = names.get(key);
      const bar: AccuracyBar = {
        key,
        name: group?.name ?? key,
        color: group?.color ?? '#8a94a6',
        confirmed: null,
        likely: null,
        uncertain: null,
        scored: 0,
        right: 0,
      };
      for (const band of BANDS) {
        const row = own.find((r) => r.confidence === band);
        bar[band] = row && row.scored > 0 ? row.right / row.scored : null;
        bar.scored += row?.scored ?? 0;
        bar.right += row?.right ?? 0;
      }
      return bar;
    });
}

/** Over all groups: how often each confidence band was right. */
export function accuracyByBand(
  rows: AccuracyRow[],
): { confidence: Confidence; scored: number; right: number; rate: number | null }[] {
  return BANDS.map((confidence) => {
    const own = rows.filter((row) => row.confidence === confidence);
    const scored = own.reduce((sum, row) => sum + row.scored, 0);
    const right = own.reduce((sum, row) => sum + row.right, 0);
    return { confidence, scored, right, rate: scored > 0 ? right / scored : null };
  });
}

/** Recharts wants numbers: a missing rate becomes 0 in the bar, its label shows "–". */
export function asPercentPoints(value: number | null): number {
  return value === null ? 0 : Math.round(value * 1000) / 10;
}
