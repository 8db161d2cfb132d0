/** fast-check arbitraries for random councils, votes and whip counts. Test-only. */
import fc from 'fast-check';
import { CONFIDENCES, MAYOR_KEY, REQUIRED_MAJORITIES, STANCES } from '../../domain/types';
import type { Confidence, Stance } from '../../domain/types';
import type { BuilderGroup, BuilderInput } from '../builder.types';
import type { VoteBlock, VoteInput } from '../tally.types';
import type { MemberOverride, WhipCountInput, WhipGroupInput } from '../whip.types';

/** Runs are seeded so a failure reproduces; enough runs to matter, few enough to stay fast. */
export const PROPERTY_PARAMETERS = { seed: 20250914, numRuns: 200 } as const;

export const MAX_GROUPS = 14;

export type ExcludedMode = 'any' | 'none' | 'some';

export const requiredMajorityArb = fc.constantFrom(...REQUIRED_MAJORITIES);

function excludedArb(mode: ExcludedMode): fc.Arbitrary<boolean> {
  if (mode === 'none') return fc.constant(false);
  // About one group in four is excluded.
  return fc.integer({ min: 0, max: 3 }).map((n) => n === 0);
}

type Turnout = 'full' | 'normal' | 'poor';
type Lean = 'yes' | 'no' | 'abstain';

/** One group's vote: most members follow a lean, a few deviate, some are away. */
const groupVoteArb = (mode: ExcludedMode) =>
  fc.record({
    excluded: excludedArb(mode),
    roll: fc.nat({ max: 9 }),
    line: fc.integer({ min: 1, max: 25 }),
    away: fc.nat({ max: 25 }),
    deviating: fc.record({
      yes: fc.oneof(fc.constant(0), fc.nat({ max: 3 })),
      no: fc.oneof(fc.constant(0), fc.nat({ max: 3 })),
      abstain: fc.oneof(fc.constant(0), fc.nat({ max: 2 })),
      notVoting: fc.oneof(fc.constant(0), fc.constant(0), fc.nat({ max: 2 })),
    }),
  });

const mayorVoteArb = fc.option(fc.constantFrom('yes', 'no', 'abstain', 'absent'), {
  nil: null,
});

/** Members of a block (present and absent). */
export function membersOf(block: VoteBlock): number {
  return block.yes + block.no + block.abstain + (block.notVoting ?? 0) + block.absent;
}

/**
 * A random vote of a council of 1 to 14 groups (optionally with a voting mayor), under a random
 * majority kind; V is the number of members in all blocks. A vote-wide share of yes-leaning
 * groups and a turnout spread the cases over passes and fails, with and without quorum.
 */
export function voteInputArb(mode: ExcludedMode = 'any'): fc.Arbitrary<VoteInput> {
  return fc
    .record({
      requiredMajority: requiredMajorityArb,
      yesShare: fc.integer({ min: 0, max: 10 }),
      turnout: fc.constantFrom<Turnout>('full', 'normal', 'normal', 'poor'),
      groups: fc.array(groupVoteArb(mode), { minLength: 1, maxLength: MAX_GROUPS, size: 'max' }),
      mayor: mayorVoteArb,
    })
    .filter(({ groups }) => mode !== 'some' || groups.some((group) => group.excluded))
    .map(({ requiredMajority, yesShare, turnout, groups, mayor }) => {
      const blocks: VoteBlock[] = groups.map((group, i) => {
        const lean: Lean = group.roll < yesShare ? 'yes' : group.roll % 3 === 0 ? 'abstain' : 'no';
        const absent = turnout === 'full' ? 0 : turnout === 'normal' ? group.away % 4 : group.away;
        const counts = { ...group.deviating, [lean]: group.deviating[lean] + group.line };
        return {
          key: `G${i}`,
          excluded: group.excluded,
          yes: counts.yes,
          no: counts.no,
          abstain: counts.abstain,
          ...(counts.notVoting > 0 ? { notVoting: counts.notVoting } : {}),
          absent,
        };
      });
      if (mayor) {
        blocks.push({
          key: MAYOR_KEY,
          excluded: false,
          isMayor: true,
          yes: mayor === 'yes' ? 1 : 0,
          no: mayor === 'no' ? 1 : 0,
          abstain: mayor === 'abstain' ? 1 : 0,
          absent: mayor === 'absent' ? 1 : 0,
        });
      }
      const votingMembers = blocks.reduce((sum, block) => sum + membersOf(block), 0);
      return { votingMembers, requiredMajority, blocks };
    });
}

/** Random cut points, used to spread a block's present members over the options again. */
export const cutsArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), {
  minLength: MAX_GROUPS + 1,
  maxLength: MAX_GROUPS + 1,
});

/** Spreads `present` members over yes, no, abstain and not voting at three cut points. */
export function spread(
  present: number,
  cut: readonly [number, number, number],
): Pick<VoteBlock, 'yes' | 'no' | 'abstain' | 'notVoting'> {
  const [a, b, c] = cut.map((n) => n % (present + 1)).sort((x, y) => x - y);
  return { yes: a, no: b - a, abstain: c - b, notVoting: present - c };
}

// ---------------------------------------------------------------------------------------------
// Whip counts

const overrideArb: fc.Arbitrary<MemberOverride> = fc.constantFrom('yes', 'no', 'abstain', 'absent');

function whipGroupArb(key: string, mode: ExcludedMode): fc.Arbitrary<WhipGroupInput> {
  return fc
    .record({
      seats: fc.integer({ min: 1, max: 20 }),
      excluded: excludedArb(mode),
      // Yes and confirmed entries weighted up, so that majorities occur in every scenario.
      stance: fc.oneof(
        { arbitrary: fc.constant<Stance>('yes'), weight: 3 },
        { arbitrary: fc.constantFrom(...STANCES), weight: 4 },
      ),
      confidence: fc.oneof(
        { arbitrary: fc.constant<Confidence>('confirmed'), weight: 2 },
        { arbitrary: fc.constantFrom(...CONFIDENCES), weight: 3 },
      ),
    })
    .chain((base) =>
      fc.nat({ max: base.seats }).chain((absent) =>
        fc
          .record({
            overrides: fc.array(overrideArb, { maxLength: Math.min(4, base.seats - absent) }),
            split: fc.record({
              yes: fc.nat({ max: base.seats }),
              no: fc.nat({ max: base.seats }),
              abstain: fc.nat({ max: base.seats }),
            }),
          })
          .map(({ overrides, split }) => ({
            key,
            ...base,
            absent,
            ...(base.stance === 'split' ? { split } : {}),
            ...(overrides.length > 0 ? { overrides } : {}),
          })),
      ),
    );
}

/** A random whip count of 1 to 14 groups; absences plus overrides never exceed the seats. */
export function whipCountArb(mode: ExcludedMode = 'any'): fc.Arbitrary<WhipCountInput> {
  return fc
    .record({
      requiredMajority: requiredMajorityArb,
      count: fc.integer({ min: 1, max: MAX_GROUPS }),
    })
    .chain(({ requiredMajority, count }) =>
      fc
        .tuple(...Array.from({ length: count }, (_, i) => whipGroupArb(`G${i}`, mode)))
        .map((groups) => ({
          votingMembers: groups.reduce((sum, group) => sum + group.seats, 0),
          requiredMajority,
          groups,
        })),
    );
}

// ---------------------------------------------------------------------------------------------
// Majority builder

type Role = 'firm' | 'abstain' | 'other';

/**
 * A random builder input of 1 to 14 groups: firm groups (never excluded), what-if abstainers and
 * absences, and up to 14 candidate groups.
 */
export function builderInputArb(): fc.Arbitrary<BuilderInput> {
  return fc
    .record({
      requiredMajority: requiredMajorityArb,
      // Half the councils have (nearly) every group as a candidate, up to 14 of them.
      candidateHeavy: fc.boolean(),
      groups: fc.array(
        fc.record({
          seats: fc.nat({ max: 20 }),
          excluded: excludedArb('any'),
          role: fc.constantFrom<Role>('firm', 'other', 'other', 'other', 'abstain'),
          absent: fc.oneof(fc.constant(0), fc.constant(0), fc.nat({ max: 6 }), fc.nat({ max: 25 })),
        }),
        { minLength: 1, maxLength: MAX_GROUPS, size: 'max' },
      ),
      firmSeats: fc.nat({ max: 60 }),
      mayorFirm: fc.option(fc.boolean(), { nil: null }),
    })
    .map(({ requiredMajority, candidateHeavy, groups: drawn, firmSeats, mayorFirm }) => {
      // Candidate-heavy councils: every drawn group a candidate, plus one firm block when it
      // has seats; 14 groups at most.
      const withFirm = candidateHeavy && firmSeats > 0;
      const groups = candidateHeavy
        ? drawn
            .slice(0, withFirm ? MAX_GROUPS - 1 : MAX_GROUPS)
            .map((group) => ({ ...group, excluded: false, role: 'other' }))
        : drawn;
      const builderGroups: BuilderGroup[] = groups.map((group, i) => ({
        key: `G${i}`,
        seats: group.seats,
        excluded: group.excluded,
      }));
      const firmKeys = groups
        .map((group, i) => (group.role === 'firm' && !group.excluded ? `G${i}` : null))
        .filter((key): key is string => key !== null);
      const abstainKeys = groups
        .map((group, i) => (group.role === 'abstain' ? `G${i}` : null))
        .filter((key): key is string => key !== null);
      const absent = Object.fromEntries(
        groups.map((group, i) => [`G${i}`, group.absent] as const).filter(([, n]) => n > 0),
      );
      if (withFirm) {
        builderGroups.push({ key: 'FIRM', seats: firmSeats, excluded: false });
        firmKeys.push('FIRM');
      }
      if (mayorFirm !== null && !candidateHeavy) {
        builderGroups.push({ key: MAYOR_KEY, seats: 1, excluded: false, isMayor: true });
        if (mayorFirm) firmKeys.push(MAYOR_KEY);
      }
      return {
        votingMembers: builderGroups.reduce((sum, group) => sum + group.seats, 0),
        requiredMajority,
        groups: builderGroups,
        firmKeys,
        abstainKeys,
        absent,
      };
    })
    .filter((input) => input.votingMembers > 0);
}
