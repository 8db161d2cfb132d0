/** The shape of seed/bochum-2025.json (a copy of the project's default composition). */
export type SeedGroup = {
  key: string;
  name: string;
  seats: number;
  chartOrder: number;
  color: string;
  confidence: string;
  source: string | null;
};

export type SeedKnownMember = { name: string; group: string; councillor: boolean | string };

export type SeedFile = {
  council: {
    name: string;
    term: { from: string; to: string };
    seats: number;
    mayor: { title: string; name: string; votes: boolean };
    excludedGroups: string[];
    coalition: string[];
  };
  groups: SeedGroup[];
  knownMembers: SeedKnownMember[];
};

export type SeedMemberPlan = { name: string; groupKey: string };

/**
 * The members to create: known names with councillor === true fill the first seats of their
 * group, the remaining seats are named "<KEY> – Sitz <n>". Throws when the seed is inconsistent.
 */
export function planSeedMembers(seed: SeedFile): SeedMemberPlan[] {
  const total = seed.groups.reduce((sum, group) => sum + group.seats, 0);
  if (total !== seed.council.seats) {
    throw new Error(`Seed data: group seats sum to ${total}, council has ${seed.council.seats}`);
  }
  return seed.groups.flatMap((group) => {
    const known = seed.knownMembers
      .filter((member) => member.group === group.key && member.councillor === true)
      .map((member) => member.name);
    if (known.length > group.seats) {
      throw new Error(`Seed data: ${group.key} has more known members than seats`);
    }
    return Array.from({ length: group.seats }, (_, i) => ({
      name: known[i] ?? `${group.key} – Sitz ${i + 1}`,
      groupKey: group.key,
    }));
  });
}
