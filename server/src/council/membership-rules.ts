import { CouncilError } from './council.errors';

export type DatedMembership = { groupKey: string; from: string; to: string | null };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function isoDateOrThrow(value: string): string {
  if (!isIsoDate(value)) {
    throw new CouncilError('INVALID_DATE', `"${value}" ist kein gültiges Datum (JJJJ-MM-TT)`);
  }
  return value;
}

/** Today in the server's time zone as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function previousDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** Whether the membership covers `date` (both ends inclusive). */
export function coversDate(membership: { from: string; to: string | null }, date: string): boolean {
  return membership.from <= date && (membership.to === null || membership.to >= date);
}

/** The first of `others` that shares a day with `period` (both ends inclusive, null = open). */
export function overlappingPeriod<T extends { from: string; to: string | null }>(
  period: { from: string; to: string | null },
  others: T[],
): T | undefined {
  return others.find(
    (other) =>
      (period.to === null || other.from <= period.to) &&
      (other.to === null || period.from <= other.to),
  );
}

/** The group a member belonged to on `date`, or null. */
export function groupKeyOn(memberships: DatedMembership[], date: string): string | null {
  return memberships.find((membership) => coversDate(membership, date))?.groupKey ?? null;
}

export type SwitchPlan =
  /** Close the open membership on `closeOn` (the day before `from`) and open a new one on `from`. */
  | { kind: 'close-and-open'; closeOn: string; from: string }
  /** `from` is the open membership's own start: correct its group in place (no empty period). */
  | { kind: 'replace-group'; from: string };

/**
 * How a group switch starting on `from` changes the member's open membership. A switch that
 * starts before the open membership does is rejected (history would overlap).
 */
export function planGroupSwitch(open: { from: string }, from: string): SwitchPlan {
  isoDateOrThrow(from);
  if (from < open.from) {
    throw new CouncilError(
      'SWITCH_BEFORE_CURRENT_MEMBERSHIP',
      `Der Wechsel am ${from} liegt vor dem Beginn der jetzigen Mitgliedschaft (${open.from})`,
    );
  }
  if (from === open.from) return { kind: 'replace-group', from };
  return { kind: 'close-and-open', closeOn: previousDay(from), from };
}

export type LeavePlan =
  /** The membership ends on `closeOn`, the day before the member leaves. */
  | { kind: 'close'; closeOn: string }
  /** The membership would only start on or after the leaving day: it never took effect. */
  | { kind: 'remove' };

/** How a member leaving the council on `on` ends one of their open memberships. */
export function planLeave(open: { from: string }, on: string): LeavePlan {
  isoDateOrThrow(on);
  return open.from >= on ? { kind: 'remove' } : { kind: 'close', closeOn: previousDay(on) };
}
