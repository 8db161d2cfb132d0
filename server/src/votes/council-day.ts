import { MAYOR_KEY } from '@mehrheitsplaner/shared';
import type { CouncilSnapshot } from '../council/council-snapshot';

/** The council as it stood on the day of a vote (CouncilSnapshotService.on). */
export type CouncilDay = CouncilSnapshot;

/** The group keys a vote of that day must cover: groups with seats, and MAYOR when he votes. */
export function expectedKeys(day: CouncilDay, withMayor: boolean): string[] {
  const keys = day.groups.filter((group) => group.seats > 0).map((group) => group.key);
  return withMayor ? [...keys, MAYOR_KEY] : keys;
}
