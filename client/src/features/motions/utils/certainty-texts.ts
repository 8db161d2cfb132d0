import type { Certainty, CertaintyLevel, Tally } from '@mehrheitsplaner/shared';
import type { Phrase } from './phrase';

/** What the badge says beside the level: the deciding margin, then the warnings. */
export type CertaintySummary = {
  level: CertaintyLevel;
  /** The deciding scenario's margin in words (domain.md table); none when only the quorum fails. */
  margin: Phrase[];
  warnings: Phrase[];
};

/**
 * The certainty badge (domain.md, "Certainty"): secured shows the worst-case margin, likely the
 * expected margin and the votes still uncertain, open the votes missing in the expected case,
 * out of reach those missing in the best case. Never a reserve that counts unknown votes as
 * absent: certaintyOf only gives the expected margin once the worst case is not secured.
 */
export function certaintySummary(certainty: Certainty, excluded: string): CertaintySummary {
  const { level, margin } = certainty;
  const warnings: Phrase[] = [];
  if (certainty.reliesOnExcluded && excluded) {
    warnings.push({ key: 'certainty.onlyWithExcluded', params: { excluded } });
  }
  if (certainty.quorumAtRisk) warnings.push({ key: 'certainty.noQuorum' });
  return { level, margin: marginPhrases(certainty), warnings };
  function marginPhrases({ uncertainVotes }: Certainty): Phrase[] {
    switch (level) {
      case 'secured':
        return [spare(margin, 'certainty.secured.spare', 'certainty.secured.none')];
      case 'likely':
        return [
          spare(margin, 'certainty.likely.spare', 'certainty.likely.none'),
          ...(uncertainVotes
            ? [{ plural: 'certainty.uncertain', count: uncertainVotes } as const]
            : []),
        ];
      case 'open':
        // An expected case without majority but with votes to spare fails on the quorum alone.
        return margin < 0 ? [{ plural: 'certainty.open.missing', count: -margin }] : [];
      case 'outOfReach':
        return margin < 0 ? [{ plural: 'certainty.outOfReach.missing', count: -margin }] : [];
    }
  }
}

function spare(
  margin: number,
  plural: 'certainty.secured.spare' | 'certainty.likely.spare',
  none: 'certainty.secured.none' | 'certainty.likely.none',
): Phrase {
  return margin > 0 ? { plural, count: margin } : { key: none };
}

export type ScenarioTone = 'ok' | 'warn' | 'bad';

/**
 * One sentence per scenario card, from the most telling fact down: no quorum; a democratic
 * majority with its margin; adopted only through excluded votes; otherwise rejected with the votes
 * missing (and, where excluded yes votes would carry it, that only they would).
 */
export function scenarioSentence(
  tally: Tally,
  excluded: string,
): { tone: ScenarioTone; phrase: Phrase } {
  if (!tally.quorum) {
    return {
      tone: 'bad',
      phrase: {
        key: 'scenario.sentence.noQuorum',
        params: { present: tally.present, votingMembers: tally.present + tally.absent },
      },
    };
  }
  if (tally.democraticMajority) {
    return {
      tone: 'ok',
      phrase:
        tally.margin > 0
          ? { plural: 'scenario.sentence.democratic', count: tally.margin }
          : { key: 'scenario.sentence.democraticNone' },
    };
  }
  if (tally.passes) {
    return {
      tone: 'warn',
      phrase: { key: 'scenario.sentence.onlyWithExcluded', params: { excluded } },
    };
  }
  const missing = Math.max(1, -tally.margin);
  if (tally.reliesOnExcluded && excluded) {
    return {
      tone: 'bad',
      phrase: {
        plural: 'scenario.sentence.rejectedExcluded',
        count: missing,
        params: { excluded },
      },
    };
  }
  return { tone: 'bad', phrase: { plural: 'scenario.sentence.rejected', count: missing } };
}
