import { MAYOR_KEY } from '@mehrheitsplaner/shared';
import type { GroupEntity } from '../council/group.entity';

/** A group by key or name (any case); the Oberbürgermeister's line by "OB" or the title. */
export function matchGroup(groups: GroupEntity[], text: string): GroupEntity | undefined {
  const lower = text.toLowerCase();
  return groups.find((g) => g.key.toLowerCase() === lower || g.name.toLowerCase() === lower);
}

export function isMayorLine(text: string): boolean {
  return /^(ob|oberbürgermeister(in)?|mayor)$/i.test(text) || text === MAYOR_KEY;
}

/** The Rat: an empty Gremium cell, "Rat", "RAT" or a name like "Rat der Stadt Bochum". */
export function isCouncilBody(text: string): boolean {
  return text === '' || /^(rat|stadtrat)(\b|$)/i.test(text);
}
