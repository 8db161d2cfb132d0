import type { BodyRole } from '@mehrheitsplaner/shared';
import { isoDateOrThrow, overlappingPeriod } from '../council/membership-rules';
import { BodiesError } from './bodies.errors';

/** A seat's dates: 'YYYY-MM-DD', both ends inclusive, `to` null while open. */
export type Period = { from: string; to: string | null };

const span = (period: Period) => `${period.from} bis ${period.to ?? 'offen'}`;

/** Real dates, and an end that is not before the start. */
export function checkPeriod(period: Period): Period {
  isoDateOrThrow(period.from);
  if (period.to !== null) isoDateOrThrow(period.to);
  if (period.to !== null && period.to < period.from) {
    throw new BodiesError(
      'INVALID_DATE',
      `Die Mitgliedschaft endet (${period.to}) vor ihrem Beginn (${period.from})`,
    );
  }
  return period;
}

/** A person holds one seat in a body at a time: their seats there never share a day. */
export function checkNoOverlap(period: Period, samePersonSameBody: readonly Period[]): void {
  const clash = overlappingPeriod(period, [...samePersonSameBody]);
  if (!clash) return;
  throw new BodiesError(
    'BODY_MEMBERSHIP_OVERLAP',
    `Die Person ist in diesem Gremium schon Mitglied (${span(clash)}); ` +
      `die neue Mitgliedschaft ${span(period)} überschneidet sich damit`,
  );
}

/** A body has one chair at a time. */
export function checkOneChair(
  period: Period,
  role: BodyRole,
  otherChairs: readonly Period[],
): void {
  if (role !== 'chair') return;
  const clash = overlappingPeriod(period, [...otherChairs]);
  if (!clash) return;
  throw new BodiesError(
    'BODY_CHAIR_TAKEN',
    `Das Gremium hat in dieser Zeit schon einen Vorsitz (${span(clash)})`,
  );
}
