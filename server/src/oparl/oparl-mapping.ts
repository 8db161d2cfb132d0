import type { MotionType } from '@mehrheitsplaner/shared';
import { isIsoDate } from '../council/membership-rules';
import kindMapping from './oparl-kinds.default.json';

/** An OParl object as parsed from JSON: fields are checked where they are read. */
export type OparlRaw = Record<string, unknown>;

/** The outcome of mapping one OParl object: a value, or the reason it was skipped. */
export type Mapped<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Mapped<T> => ({ ok: true, value });
const skip = <T>(reason: string): Mapped<T> => ({ ok: false, reason });

export function isRecord(value: unknown): value is OparlRaw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Values sources write for "no value" ("N/A", "-", …): read as missing. */
const MISSING = new Set(kindMapping.missingValues);

/** A trimmed non-empty string that is not a stand-in for "no value", or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || MISSING.has(trimmed.toLowerCase()) ? undefined : trimmed;
}

/** Absent, null, blank or a stand-in such as "N/A": no value. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !text(value));
}

export function urlList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter((v): v is string => v !== undefined) : [];
}

export function objectList(value: unknown): OparlRaw[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The OParl type's last path segment: "https://schema.oparl.org/1.1/Person" → "Person". */
export function typeName(raw: OparlRaw): string | undefined {
  return text(raw.type)?.split('/').pop();
}

export function isDeleted(raw: OparlRaw): boolean {
  return raw.deleted === true;
}

/**
 * The calendar day of an OParl date or date-time as the source writes it ("2026-04-01",
 * "2026-04-01T17:00:00+02:00" → "2026-04-01"): the council's local day, never shifted to UTC.
 */
export function isoDateOf(value: unknown): string | null {
  const day = text(value)?.slice(0, 10);
  return day !== undefined && isIsoDate(day) ? day : null;
}

const TRANSLITERATION: Record<string, string> = { Ä: 'AE', Ö: 'OE', Ü: 'UE', ß: 'SS' };

/** Words that name the kind of group rather than the group ("SPD-Fraktion" → "SPD"). */
const GROUP_NOISE = /\b(ratsfraktion|fraktion|gruppe|im rat der stadt \S+|im rat)\b/gi;

/**
 * A stable upper-case ASCII group key from the short name (else the name): umlauts
 * transliterated, "Fraktion"/"Gruppe" dropped, everything but A-Z and 0-9 removed, at most 40.
 */
export function groupKeyFor(name: string, shortName?: string): string {
  const source = (shortName ?? name).replace(GROUP_NOISE, ' ');
  const key = source
    .toUpperCase()
    .replace(/[ÄÖÜß]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFD')
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 40);
  if (key !== '') return key;
  return shortName !== undefined ? groupKeyFor(name) : 'GRUPPE';
}

export type GroupData = { key: string; name: string };

/**
 * Organization → group data; `null` for organisations that are no Fraktion (or Gruppe under
 * § 56 GO NRW): which ones are is the kind mapping's decision (oparl-kinds.ts).
 */
export function mapOrganization(raw: OparlRaw, isFraktion: boolean): Mapped<GroupData | null> {
  if (!isFraktion) return ok(null);
  const name = text(raw.name) ?? text(raw.shortName);
  if (name === undefined) return skip('Fraktion ohne Namen (name)');
  return ok({ key: groupKeyFor(name, text(raw.shortName)), name: name.slice(0, 200) });
}

/** Person → the member's display name (name, else "givenName familyName"). */
export function mapPerson(raw: OparlRaw): Mapped<{ name: string }> {
  const composed = [text(raw.givenName), text(raw.familyName)].filter(Boolean).join(' ');
  const name = text(raw.name) ?? text(composed);
  if (name === undefined) return skip('Person ohne Namen (name)');
  return ok({ name: name.slice(0, 200) });
}

export type MembershipData = {
  person: string;
  organization: string;
  from: string;
  to: string | null;
};

/**
 * Membership → a dated membership. `person` falls back to the person it is embedded in. A
 * membership without voting right is no council seat and is reported as `null` (ignored).
 */
export function mapMembership(raw: OparlRaw, embeddedIn?: string): Mapped<MembershipData | null> {
  const person = text(raw.person) ?? embeddedIn;
  const organization = text(raw.organization);
  if (person === undefined) return skip('Mitgliedschaft ohne Person (person)');
  if (organization === undefined) return skip('Mitgliedschaft ohne Organisation (organization)');
  const from = isoDateOf(raw.startDate);
  if (from === null) return skip('Mitgliedschaft ohne gültiges Anfangsdatum (startDate)');
  const open = isMissing(raw.endDate);
  const to = open ? null : isoDateOf(raw.endDate);
  if (!open && to === null) {
    return skip('Mitgliedschaft mit ungültigem Enddatum (endDate)');
  }
  if (to !== null && to < from) return skip('Mitgliedschaft endet vor ihrem Beginn');
  if (raw.votingRight === false) return ok(null);
  return ok({ person, organization, from, to });
}

/** Orders a person's memberships by start and returns those overlapping an earlier one. */
export function overlappingMemberships<T extends { from: string; to: string | null }>(
  memberships: T[],
): { kept: T[]; overlapping: T[] } {
  const sorted = [...memberships].sort((a, b) => a.from.localeCompare(b.from));
  const kept: T[] = [];
  const overlapping: T[] = [];
  for (const membership of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && (previous.to === null || previous.to >= membership.from)) {
      overlapping.push(membership);
    } else {
      kept.push(membership);
    }
  }
  return { kept, overlapping };
}

/** Vorlagen and Mitteilungen come from the administration; everything else is an Antrag. */
export function motionTypeOf(paperType: string | undefined): MotionType {
  return paperType !== undefined && /vorlage|mitteilung/i.test(paperType) ? 'vorlage' : 'antrag';
}

export type PaperData = {
  title: string;
  reference: string | null;
  type: MotionType;
  date: string | null;
  originators: string[];
};

/**
 * Paper → motion fields; needs a reference (Drucksache) or a name. A paper with neither `type`
 * nor name is no motion (real sources list such stubs).
 */
export function mapPaper(raw: OparlRaw): Mapped<PaperData> {
  const reference = text(raw.reference);
  const name = text(raw.name);
  if (typeName(raw) === undefined && name === undefined) {
    return skip('Drucksache ohne Typ (type) und Titel (name): kein Antrag');
  }
  if (reference === undefined && name === undefined) {
    return skip('Drucksache ohne Nummer (reference) und Titel (name)');
  }
  return ok({
    title: (name ?? `Drucksache ${reference}`).slice(0, 300),
    reference: reference?.slice(0, 100) ?? null,
    type: motionTypeOf(text(raw.paperType)),
    date: isoDateOf(raw.date),
    originators: urlList(raw.originatorOrganization),
  });
}

export type MeetingData = { name: string; date: string; start: string | null; cancelled: boolean };

/** Meeting → meeting fields; needs a start (the meeting day). */
export function mapMeeting(raw: OparlRaw): Mapped<MeetingData> {
  const date = isoDateOf(raw.start);
  if (date === null) return skip('Sitzung ohne gültigen Beginn (start)');
  return ok({
    name: (text(raw.name) ?? `Sitzung am ${date}`).slice(0, 300),
    date,
    start: text(raw.start)?.slice(0, 40) ?? null,
    cancelled: raw.cancelled === true,
  });
}

export type AgendaItemData = {
  number: string | null;
  name: string;
  position: number;
  consultation: string | null;
};

/** AgendaItem → agenda item fields; `position` is its place in the meeting's list. */
export function mapAgendaItem(raw: OparlRaw, position: number): Mapped<AgendaItemData> {
  const name = text(raw.name);
  if (name === undefined) return skip('Tagesordnungspunkt ohne Thema (name)');
  const number = text(raw.number) ?? (typeof raw.number === 'number' ? String(raw.number) : null);
  return ok({
    number: number?.slice(0, 50) ?? null,
    name: name.slice(0, 1000),
    position,
    consultation: text(raw.consultation) ?? null,
  });
}

/** The list URL with `modified_since` set (OParl 1.1 filter), unless `since` is null. */
export function withModifiedSince(url: string, since: string | null): string {
  if (since === null) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('modified_since', since);
  return parsed.toString();
}
