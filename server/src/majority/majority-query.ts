import {
  MAYOR_KEY,
  REQUIRED_MAJORITIES,
  type BuilderGroup,
  type BuilderInput,
  type MajorityOptionsQuery,
  type RequiredMajority,
} from '@mehrheitsplaner/shared';
import { MajorityError } from './majority.errors';

/** The council as the builder sees it: groups with current seats, plus the mayor when he votes. */
export type BuilderCouncil = { votingMembers: number; groups: BuilderGroup[] };

export type RawMajorityQuery = { [K in keyof MajorityOptionsQuery]?: string };

function keysOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
}

function requiredMajorityOf(value: string | undefined): RequiredMajority {
  if (value === undefined || value === '') return 'simple';
  const found = REQUIRED_MAJORITIES.find((kind) => kind === value);
  if (!found) {
    throw new MajorityError(
      'INVALID_REQUIRED_MAJORITY',
      `Unbekannte Mehrheit "${value}": erlaubt sind ${REQUIRED_MAJORITIES.join(', ')}`,
    );
  }
  return found;
}

/**
 * Turns `firm=SPD,GRUENE,MAYOR&absent=CDU:2&abstain=FDP&requiredMajority=simple` into builder
 * input. Unknown keys → UNKNOWN_GROUP (404); bad `absent` items or counts above a group's seats,
 * excluded firm groups and a group both firm and abstaining → 400. Without `firm`, the coalition
 * groups (and the mayor, when he votes) are firm.
 */
export function parseMajorityQuery(
  query: RawMajorityQuery,
  council: BuilderCouncil,
  coalitionKeys: string[],
): BuilderInput {
  const byKey = new Map(council.groups.map((group) => [group.key, group]));
  const known = (key: string): BuilderGroup => {
    const group = byKey.get(key);
    if (!group) throw new MajorityError('UNKNOWN_GROUP', `Unbekannte Gruppe "${key}"`);
    return group;
  };

  const defaultFirm = [...coalitionKeys, ...(byKey.has(MAYOR_KEY) ? [MAYOR_KEY] : [])];
  const firmKeys = query.firm === undefined ? defaultFirm : keysOf(query.firm);
  for (const key of firmKeys) {
    if (known(key).excluded) {
      throw new MajorityError(
        'EXCLUDED_GROUP_FIRM',
        `"${key}" ist ausgeschlossen und kann nicht fest zustimmen`,
      );
    }
  }
  const abstainKeys = keysOf(query.abstain);
  for (const key of abstainKeys) {
    known(key);
    if (firmKeys.includes(key)) {
      throw new MajorityError(
        'CONFLICTING_GROUPS',
        `"${key}" kann nicht zugleich fest zustimmen und sich enthalten`,
      );
    }
  }

  const absent: Record<string, number> = {};
  for (const item of keysOf(query.absent)) {
    const match = /^([^:]+):(\d+)$/.exec(item);
    if (!match) {
      throw new MajorityError(
        'INVALID_ABSENT',
        `Abwesenheit "${item}" muss die Form FRAKTION:Anzahl haben`,
      );
    }
    const group = known(match[1]);
    const count = Number(match[2]);
    if (count > group.seats) {
      throw new MajorityError(
        'INVALID_ABSENT',
        `${count} Abwesende übersteigen die ${group.seats} Sitze von ${group.key}`,
      );
    }
    absent[group.key] = (absent[group.key] ?? 0) + count;
    if (absent[group.key] > group.seats) {
      throw new MajorityError(
        'INVALID_ABSENT',
        `Die Abwesenden von ${group.key} übersteigen ihre Sitze`,
      );
    }
  }

  return {
    votingMembers: council.votingMembers,
    requiredMajority: requiredMajorityOf(query.requiredMajority),
    groups: council.groups,
    firmKeys,
    abstainKeys,
    absent,
  };
}
