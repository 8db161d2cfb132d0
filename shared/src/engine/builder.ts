import { hasQuorum, meetsMajority, requiredYes } from './majority-rules';
import type { BuilderGroup, BuilderInput, MajorityOption } from './builder.types';

type Candidate = { key: string; present: number };

type Setting = {
  firmYes: number;
  /** Present members outside the firm and abstaining groups: they vote no unless chosen. */
  othersPresent: number;
  quorum: boolean;
  candidates: Candidate[];
};

function presentOf(group: BuilderGroup, absent: Record<string, number>): number {
  return Math.max(0, group.seats - (absent[group.key] ?? 0));
}

function settingOf(input: BuilderInput): Setting {
  const absent = input.absent ?? {};
  const firm = new Set(input.firmKeys);
  const abstaining = new Set(input.abstainKeys ?? []);
  const settledNo = new Set(input.noKeys ?? []);
  let firmYes = 0;
  let othersPresent = 0;
  let present = 0;
  const candidates: Candidate[] = [];
  for (const group of input.groups) {
    const count = presentOf(group, absent);
    present += count;
    if (firm.has(group.key) && !group.excluded) firmYes += count;
    else if (!abstaining.has(group.key)) {
      othersPresent += count;
      if (!group.excluded && !settledNo.has(group.key) && count > 0)
        candidates.push({ key: group.key, present: count });
    }
  }
  return {
    firmYes,
    othersPresent,
    quorum: hasQuorum(present, input.votingMembers, input.quorumRule),
    candidates,
  };
}

/** Yes and margin when the firm groups and `chosenPresent` further members vote yes, all others no. */
function outcome(input: BuilderInput, setting: Setting, chosenPresent: number) {
  const yes = setting.firmYes + chosenPresent;
  const no = setting.othersPresent - chosenPresent;
  const wins =
    setting.quorum && meetsMajority(input.requiredMajority, yes, no, input.votingMembers);
  return { yes, wins, margin: yes - requiredYes(input.requiredMajority, no, input.votingMembers) };
}

/**
 * The majority builder (domain.md): every minimal set of further democratic groups that gives a
 * democratic majority when it votes yes with the firm groups while everyone else votes no. Every
 * proper subset of a returned set falls short. Sorted smallest first, then by margin.
 *
 * Winning is monotone in the set (a group moving from no to yes only helps), so the search grows
 * sets depth-first and never extends a winning set; each winning set is kept only if dropping any
 * one member loses. Councils have a dozen groups; the search is exponential in that number.
 */
export function majorityOptions(input: BuilderInput): MajorityOption[] {
  const setting = settingOf(input);
  const candidates = [...setting.candidates].sort((a, b) => b.present - a.present);
  const options: MajorityOption[] = [];
  const winners: number[] = [];

  const visit = (start: number, mask: number, present: number): void => {
    if (winners.some((winner) => (winner & mask) === winner)) return;
    const result = outcome(input, setting, present);
    if (result.wins) {
      const minimal = candidates.every(
        (candidate, i) =>
          (mask & (1 << i)) === 0 || !outcome(input, setting, present - candidate.present).wins,
      );
      if (minimal) {
        winners.push(mask);
        options.push({
          groupKeys: candidates.filter((_, i) => mask & (1 << i)).map((c) => c.key),
          yes: result.yes,
          margin: result.margin,
        });
      }
      return;
    }
    for (let i = start; i < candidates.length; i++) {
      visit(i + 1, mask | (1 << i), present + candidates[i].present);
    }
  };
  visit(0, 0, 0);

  return options.sort(
    (a, b) =>
      a.groupKeys.length - b.groupKeys.length ||
      b.margin - a.margin ||
      a.groupKeys.join(',').localeCompare(b.groupKeys.join(',')),
  );
}
