import { readFileSync } from 'node:fs';
import defaultMapping from './oparl-kinds.default.json';
import { text, type OparlRaw } from './oparl-mapping';
import type { ResultWords } from './oparl-results';

/** What an OParl Organization is to the product. */
export type OrganizationKind = 'fraktion' | 'district' | 'council' | 'committee' | 'party';

const KINDS: OrganizationKind[] = ['fraktion', 'district', 'council', 'committee', 'party'];

type KindRule = { codes: string[]; words: string[] };
type Field = 'classification' | 'organizationType';

/** The documented mapping (oparl-kinds.default.json): how each kind is recognised. */
export type OparlKindMapping = {
  missingValues: string[];
  precedence: Field[];
  kinds: Record<OrganizationKind, KindRule>;
  /** How AgendaItem.result words read (oparl-results.ts). */
  results: ResultWords;
  /** Per source (the start of its System URL): kinds, precedence or result words that differ. */
  sources: Record<string, SourceMapping>;
};

type SourceMapping = Partial<Pick<OparlKindMapping, 'precedence' | 'kinds'>> & {
  results?: Partial<ResultWords>;
};

/** The default mapping, or the file OPARL_MAPPING names (read once per import). */
export function loadKindMapping(path = process.env.OPARL_MAPPING): OparlKindMapping {
  if (path === undefined || path.trim() === '') return defaultMapping as OparlKindMapping;
  return { ...defaultMapping, ...JSON.parse(readFileSync(path, 'utf8')) } as OparlKindMapping;
}

/** The mapping for one source: its `sources` entry (longest matching prefix) over the rest. */
export function mappingForSource(mapping: OparlKindMapping, system: string): OparlKindMapping {
  const prefix = Object.keys(mapping.sources ?? {})
    .filter((start) => system.startsWith(start))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return mapping;
  const own = mapping.sources[prefix];
  return {
    ...mapping,
    ...own,
    kinds: { ...mapping.kinds, ...own.kinds },
    results: { ...mapping.results, ...own.results },
  };
}

type Match = { kind: OrganizationKind; byCode: boolean };

function match(value: string | undefined, mapping: OparlKindMapping): Match | undefined {
  if (value === undefined || mapping.missingValues.includes(value.toLowerCase())) return undefined;
  const lower = value.toLowerCase();
  for (const kind of KINDS) {
    const rule = mapping.kinds[kind];
    if (rule.codes.some((code) => code.toLowerCase() === lower)) return { kind, byCode: true };
  }
  for (const kind of KINDS) {
    if (mapping.kinds[kind].words.some((word) => lower.includes(word))) {
      return { kind, byCode: false };
    }
  }
  return undefined;
}

export type Classified = { kind: OrganizationKind | null; guess?: string };

const LABEL: Record<OrganizationKind, string> = {
  fraktion: 'Fraktion',
  district: 'Bezirksvertretung',
  council: 'Rat',
  committee: 'Ausschuss',
  party: 'Partei',
};

/**
 * The kind of an Organization from organizationType and classification (free text, short codes,
 * contradicting each other: the field first in `precedence` wins), else from its name. A generic
 * "Gremium" yields to the Rat or a Bezirksvertretung named so. `guess` says what was decided.
 */
export function classifyOrganization(raw: OparlRaw, mapping: OparlKindMapping): Classified {
  const values = Object.fromEntries(
    mapping.precedence.map((field) => [field, text(raw[field])]),
  ) as Record<Field, string | undefined>;
  const matches = mapping.precedence
    .map((field) => ({ field, value: values[field], found: match(values[field], mapping) }))
    .filter((m): m is { field: Field; value: string; found: Match } => m.found !== undefined);
  const name = text(raw.name);
  const byName = match(name, mapping);
  if (matches.length === 0) {
    if (byName === undefined) return { kind: null };
    return {
      kind: byName.kind,
      guess: `ohne Art (organizationType/classification): aus dem Namen als ${LABEL[byName.kind]}`,
    };
  }
  const [first] = matches;
  const refined =
    first.found.kind === 'committee' && (byName?.kind === 'council' || byName?.kind === 'district')
      ? byName.kind
      : first.found.kind;
  const notes: string[] = [];
  const other = matches.find((m) => m.found.kind !== first.found.kind);
  if (other) {
    notes.push(
      `${first.field} „${first.value}“ und ${other.field} „${other.value}“ widersprechen sich`,
    );
  }
  if (first.found.byCode) notes.push(`Kürzel „${first.value}“`);
  if (refined !== first.found.kind) notes.push(`„${first.value}“ mit dem Namen „${name}“`);
  if (notes.length === 0) return { kind: refined };
  return { kind: refined, guess: `${notes.join('; ')}: als ${LABEL[refined]} übernommen` };
}
