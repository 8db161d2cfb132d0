/**
 * How an AgendaItem.result reads (README: OParl mapping): lists of phrases, configurable per
 * source like the organisation kinds (oparl-kinds.default.json → `results`).
 */
export type ResultWords = {
  /** Words in front that say the vote was unanimous ("einstimmig angenommen"). */
  unanimous: string[];
  /** Words in front that say it was not ("mehrheitlich beschlossen"). */
  majority: string[];
  adopted: string[];
  rejected: string[];
  /** The motion was withdrawn in the meeting: no vote. */
  withdrawn: string[];
  /** Postponed, referred, noted …: no vote. */
  noVote: string[];
};

export type ReadResult =
  | { kind: 'adopted' | 'rejected'; unanimous: boolean | null }
  | { kind: 'withdrawn' }
  | { kind: 'noVote' }
  | { kind: 'unknown' };

/** Lower case, single spaces, without a final full stop or exclamation mark. */
function normalised(value: string): string {
  return value
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .trim();
}

/** The phrase the text starts with (whole words; the longest of them), or undefined. */
function leading(value: string, phrases: readonly string[]): string | undefined {
  return phrases
    .map(normalised)
    .filter((phrase) => phrase !== '' && (value === phrase || value.startsWith(`${phrase} `)))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * A result as the source wrote it → adopted/rejected (with einstimmig/mehrheitlich when said),
 * withdrawn, no vote, or unknown. The longest phrase wins, so "nicht beschlossen" is rejected
 * although "beschlossen" alone is adopted.
 */
export function readResult(result: string, words: ResultWords): ReadResult {
  const whole = normalised(result);
  let rest = whole;
  let unanimous: boolean | null = null;
  const said = leading(whole, words.unanimous) ?? leading(whole, words.majority);
  if (said !== undefined) {
    unanimous = leading(whole, words.unanimous) === said;
    // A bare "einstimmig" is read as a whole (a source may list it as adopted).
    rest = whole.slice(said.length).trim() || whole;
  }
  const kinds = ['adopted', 'rejected', 'withdrawn', 'noVote'] as const;
  const matches = kinds
    .map((kind) => ({ kind, phrase: leading(rest, words[kind]) }))
    .filter((m): m is { kind: (typeof kinds)[number]; phrase: string } => m.phrase !== undefined)
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const kind = matches[0]?.kind ?? 'unknown';
  if (kind === 'adopted' || kind === 'rejected') return { kind, unanimous };
  return { kind };
}
