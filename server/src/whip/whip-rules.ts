import { MAYOR_KEY, isMemberOf, type WhipEntryRequest } from '@mehrheitsplaner/shared';
import type { CouncilSnapshot } from '../council/council-snapshot';
import { WhipError } from './whip.errors';

/** The group (or the mayor) a whip entry is about, as the council stands today. */
export type WhipTarget = { key: string; seats: number };

/** The group of this key, or the mayor for MAYOR; unknown → WHIP_GROUP_NOT_FOUND (404). */
export function whipTargetOrThrow(snapshot: CouncilSnapshot, groupKey: string): WhipTarget {
  if (groupKey === MAYOR_KEY && snapshot.mayorMemberId !== null)
    return { key: MAYOR_KEY, seats: 1 };
  const group = snapshot.groups.find((g) => g.key === groupKey);
  if (!group) throw new WhipError('WHIP_GROUP_NOT_FOUND', `Unbekannte Gruppe "${groupKey}"`);
  return { key: group.key, seats: group.seats };
}

/**
 * The rules of domain.md for one entry: split iff stance split; split + absences + member
 * overrides within the group's current seats; overrides name distinct current members.
 */
export function checkWhipEntryOrThrow(
  snapshot: CouncilSnapshot,
  target: WhipTarget,
  request: WhipEntryRequest,
): void {
  if (request.stance === 'split' && !request.split) {
    throw new WhipError('INVALID_SPLIT', 'Bei stance "split" ist split { yes, no, abstain } nötig');
  }
  if (request.stance !== 'split' && request.split) {
    throw new WhipError('INVALID_SPLIT', 'split ist nur bei stance "split" erlaubt');
  }
  const members = request.members ?? [];
  const seen = new Set<number>();
  for (const { memberId } of members) {
    if (seen.has(memberId)) {
      throw new WhipError('INVALID_MEMBER_OVERRIDE', `Mitglied ${memberId} ist doppelt angegeben`);
    }
    seen.add(memberId);
    if (!isMemberOf(snapshot, target.key, memberId)) {
      throw new WhipError(
        'INVALID_MEMBER_OVERRIDE',
        // The body's members on the step's date (a committee's are not the Rat's).
        `Mitglied ${memberId} gehört am ${snapshot.date} nicht zu ${target.key} in diesem Gremium`,
      );
    }
  }
  const absent = request.absent ?? 0;
  const split = request.split ? request.split.yes + request.split.no + request.split.abstain : 0;
  const total = split + absent + members.length;
  if (total > target.seats) {
    throw new WhipError(
      'EXCEEDS_SEATS',
      `Aufteilung (${split}) + Abwesende (${absent}) + Einzelangaben (${members.length}) = ` +
        `${total} übersteigt die ${target.seats} Sitze von ${target.key}`,
    );
  }
}
