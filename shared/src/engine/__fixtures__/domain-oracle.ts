/**
 * The formulas of domain.md written down literally, as an independent oracle for the engine.
 * Test-only (excluded from the build).
 */
import type { RequiredMajority } from '../../domain/types';
import type { VoteBlock } from '../tally.types';

/** Whether `yes` against `no` satisfies the kind's condition, in the words of the table. */
export function literalMeets(kind: RequiredMajority, yes: number, no: number, v: number): boolean {
  switch (kind) {
    case 'simple':
      return yes > no;
    case 'absolute':
      return yes >= Math.floor(v / 2) + 1;
    case 'twoThirdsStatutory':
      return yes >= Math.ceil((2 * v) / 3);
    case 'twoThirdsCast':
      return 3 * yes >= 2 * (yes + no) && yes > no;
  }
}

export function literalQuorum(present: number, v: number): boolean {
  return present > v / 2;
}

export type LiteralTotals = {
  y: number;
  n: number;
  present: number;
  yx: number;
  nx: number;
  ax: number;
  /** Present excluded members who do not vote. */
  nvx: number;
  yd: number;
  nd: number;
};

export function literalTotals(blocks: readonly VoteBlock[]): LiteralTotals {
  const t: LiteralTotals = { y: 0, n: 0, present: 0, yx: 0, nx: 0, ax: 0, nvx: 0, yd: 0, nd: 0 };
  for (const b of blocks) {
    const notVoting = b.notVoting ?? 0;
    t.y += b.yes;
    t.n += b.no;
    t.present += b.yes + b.no + b.abstain + notVoting;
    if (b.excluded) {
      t.yx += b.yes;
      t.nx += b.no;
      t.ax += b.abstain;
      t.nvx += notVoting;
    }
  }
  t.yd = t.y - t.yx;
  t.nd = t.n - t.nx;
  return t;
}

/**
 * Margin as defined in words: the most democratic yes votes that could turn into absences with
 * the condition still holding, or minus the fewest extra yes votes that would make it hold.
 */
export function literalMargin(kind: RequiredMajority, yd: number, n: number, v: number): number {
  if (literalMeets(kind, yd, n, v)) {
    let spare = 0;
    while (spare < yd && literalMeets(kind, yd - spare - 1, n, v)) spare++;
    return spare;
  }
  let missing = 1;
  while (!literalMeets(kind, yd + missing, n, v)) missing++;
  return -missing;
}
