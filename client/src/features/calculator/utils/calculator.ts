import { MAYOR_KEY, mayorVotesInCouncil } from '@mehrheitsplaner/shared';
import type {
  BuilderInput,
  CouncilView,
  RequiredMajority,
  VoteBlock,
  VoteInput,
  VoteOption,
} from '@mehrheitsplaner/shared';

/** One row of the calculator: a group, or the mayor. */
export type VotingUnit = {
  key: string;
  name: string;
  seats: number;
  excluded: boolean;
  coalition: boolean;
  isMayor: boolean;
  color: string | null;
};

/** `settled`: a no the motion's whip count confirms; the builder never suggests that group. */
export type RowSetting = { vote: VoteOption; absent: number; settled?: boolean };
export type RowSettings = Record<string, RowSetting>;
export type Preset = 'default' | 'coalition' | 'allYes';

/** The groups, plus the mayor when the mayor votes (council data decides, nothing is assumed). */
export function votingUnits(council: CouncilView, mayorName: string): VotingUnit[] {
  const units: VotingUnit[] = council.groups.map((group) => ({
    key: group.key,
    name: group.name,
    seats: group.seats,
    excluded: group.excluded,
    coalition: group.coalition,
    isMayor: false,
    color: group.color,
  }));
  if (mayorVotesInCouncil(council.mayorVotes, council.mayor !== null)) {
    units.push({
      key: MAYOR_KEY,
      name: mayorName,
      seats: 1,
      excluded: false,
      coalition: true,
      isMayor: true,
      color: null,
    });
  }
  return units;
}

/** The preset vote of a unit: the coalition and the mayor vote yes, everyone else no. */
export function presetVote(unit: VotingUnit, preset: Preset): VoteOption {
  if (preset === 'allYes') return 'yes';
  return unit.coalition || unit.isMayor ? 'yes' : 'no';
}

export function presetSettings(units: readonly VotingUnit[], preset: Preset): RowSettings {
  return Object.fromEntries(
    units.map((unit) => [unit.key, { vote: presetVote(unit, preset), absent: 0 }]),
  );
}

/** The setting of a row; rows without one (e.g. a group added live) use the default preset. */
export function settingOf(unit: VotingUnit, settings: RowSettings): RowSetting {
  const setting = settings[unit.key] ?? { vote: presetVote(unit, 'default'), absent: 0 };
  const absent = clampAbsent(setting.absent, unit.seats);
  return setting.settled
    ? { vote: setting.vote, absent, settled: true }
    : { vote: setting.vote, absent };
}

export function clampAbsent(value: number, seats: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(seats, Math.max(0, Math.trunc(value)));
}

/** Every present member of a row casts the row's vote. */
export function toVoteBlock(unit: VotingUnit, setting: RowSetting): VoteBlock {
  const present = unit.seats - setting.absent;
  return {
    key: unit.key,
    excluded: unit.excluded,
    isMayor: unit.isMayor,
    yes: setting.vote === 'yes' ? present : 0,
    no: setting.vote === 'no' ? present : 0,
    abstain: setting.vote === 'abstain' ? present : 0,
    absent: setting.absent,
  };
}

export function toVoteInput(
  council: CouncilView,
  units: readonly VotingUnit[],
  settings: RowSettings,
  requiredMajority: RequiredMajority,
): VoteInput {
  return {
    votingMembers: council.votingMembers,
    requiredMajority,
    blocks: units.map((unit) => toVoteBlock(unit, settingOf(unit, settings))),
  };
}

/**
 * The majority builder's view of the same rows: democratic rows voting yes are firm, abstaining
 * rows abstain, absences apply; the engine then searches the remaining democratic groups.
 */
export function toBuilderInput(
  council: CouncilView,
  units: readonly VotingUnit[],
  settings: RowSettings,
  requiredMajority: RequiredMajority,
): BuilderInput {
  const firmKeys: string[] = [];
  const abstainKeys: string[] = [];
  const noKeys: string[] = [];
  const absent: Record<string, number> = {};
  for (const unit of units) {
    const setting = settingOf(unit, settings);
    if (setting.vote === 'yes' && !unit.excluded) firmKeys.push(unit.key);
    if (setting.vote === 'abstain') abstainKeys.push(unit.key);
    if (setting.vote === 'no' && setting.settled) noKeys.push(unit.key);
    if (setting.absent > 0) absent[unit.key] = setting.absent;
  }
  return {
    votingMembers: council.votingMembers,
    requiredMajority,
    groups: units.map((unit) => ({
      key: unit.key,
      seats: unit.seats,
      excluded: unit.excluded,
      isMayor: unit.isMayor,
    })),
    firmKeys,
    abstainKeys,
    noKeys,
    absent,
  };
}

/**
 * The calculator's rows as the majority builder sees a motion's whip count (the shared
 * `whipBuilderInput`): firm groups and the chosen partners yes, confirmed abstentions abstain,
 * confirmed no groups settled on no, everyone else no (the builder's candidates); absences kept.
 * So the calculator opens with the same partner sets the motion shows.
 */
export function settingsFromBuilder(
  builder: BuilderInput,
  partnerKeys: readonly string[] = [],
): RowSettings {
  const yes = new Set([...builder.firmKeys, ...partnerKeys]);
  const abstaining = new Set(builder.abstainKeys ?? []);
  const settled = new Set(builder.noKeys ?? []);
  const settings: RowSettings = {};
  for (const group of builder.groups) {
    const absent = builder.absent?.[group.key] ?? 0;
    if (yes.has(group.key) && !group.excluded) settings[group.key] = { vote: 'yes', absent };
    else if (abstaining.has(group.key)) settings[group.key] = { vote: 'abstain', absent };
    else if (settled.has(group.key)) settings[group.key] = { vote: 'no', absent, settled: true };
    else settings[group.key] = { vote: 'no', absent };
  }
  return settings;
}
