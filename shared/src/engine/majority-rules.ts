import type { QuorumRule } from '../domain/body-rules';
import type { RequiredMajority } from '../domain/types';

/**
 * The yes votes a motion needs under its required majority, given the no votes cast
 * (GO NRW, see domain.md "Vote counting"). The result is the smallest Y for which the rule holds.
 */
export function requiredYes(kind: RequiredMajority, no: number, votingMembers: number): number {
  switch (kind) {
    case 'simple':
      return no + 1;
    case 'absolute':
      return Math.floor(votingMembers / 2) + 1;
    case 'twoThirdsStatutory':
      return Math.ceil((2 * votingMembers) / 3);
    case 'twoThirdsCast':
      // 3Y >= 2(Y + N) <=> Y >= 2N; together with Y > N.
      return Math.max(2 * no, no + 1);
    default:
      return assertUnreachable(kind);
  }
}

/** Whether `yes` against `no` satisfies the required majority (quorum is checked separately). */
export function meetsMajority(
  kind: RequiredMajority,
  yes: number,
  no: number,
  votingMembers: number,
): boolean {
  return yes >= requiredYes(kind, no, votingMembers);
}

/**
 * Beschlussfähigkeit: by default § 49 Abs. 1 GO NRW, more than half of the statutory members
 * present; a body's own rules of procedure can ask for at least half, at least a third, or none.
 */
export function hasQuorum(
  present: number,
  votingMembers: number,
  rule: QuorumRule = 'moreThanHalf',
): boolean {
  switch (rule) {
    case 'moreThanHalf':
      return 2 * present > votingMembers;
    case 'atLeastHalf':
      return 2 * present >= votingMembers;
    case 'atLeastThird':
      return 3 * present >= votingMembers;
    case 'none':
      return true;
    default:
      return assertUnreachable(rule);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
