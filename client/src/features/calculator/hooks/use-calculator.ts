import { useCallback, useEffect, useMemo, useState } from 'react';
import { majorityOptions, tallyVote } from '@mehrheitsplaner/shared';
import type {
  CouncilView,
  MajorityOption,
  RequiredMajority,
  Tally,
  VoteOption,
} from '@mehrheitsplaner/shared';
import {
  clampAbsent,
  presetSettings,
  settingOf,
  toBuilderInput,
  toVoteInput,
  votingUnits,
} from '../utils/calculator';
import type { Preset, RowSetting, RowSettings, VotingUnit } from '../utils/calculator';
import { clearCalculatorStart, pendingCalculatorStart } from '../utils/calculator-start';

export type CalculatorRow = VotingUnit & RowSetting & { pivotal: boolean };

export type Calculator = {
  rows: CalculatorRow[];
  requiredMajority: RequiredMajority;
  tally: Tally;
  options: MajorityOption[];
  /** The motion whose whip count the calculator started from, or null. */
  origin: string | null;
  setVote: (key: string, vote: VoteOption) => void;
  setAbsent: (key: string, absent: number) => void;
  setRequiredMajority: (kind: RequiredMajority) => void;
  applyPreset: (preset: Preset) => void;
  reset: () => void;
};

/**
 * State of the Mehrheitsrechner. All counting is done by the shared engine (`tallyVote`,
 * `majorityOptions`); this hook only maps the rows to the engine's inputs.
 */
export function useCalculator(council: CouncilView, mayorName: string): Calculator {
  const units = useMemo(() => votingUnits(council, mayorName), [council, mayorName]);
  // A motion may have handed over its whip count (and a partner set) to start from.
  const [start] = useState(pendingCalculatorStart);
  useEffect(() => clearCalculatorStart(), []);
  const [settings, setSettings] = useState<RowSettings>(start?.settings ?? {});
  const [requiredMajority, setRequiredMajority] = useState<RequiredMajority>(
    start?.requiredMajority ?? 'simple',
  );
  const [origin, setOrigin] = useState<string | null>(start?.origin ?? null);

  const tally = useMemo(
    () => tallyVote(toVoteInput(council, units, settings, requiredMajority)),
    [council, units, settings, requiredMajority],
  );
  const options = useMemo(
    () => majorityOptions(toBuilderInput(council, units, settings, requiredMajority)),
    [council, units, settings, requiredMajority],
  );
  const rows = useMemo(() => {
    const pivotal = new Set(tally.pivotalGroupKeys);
    return units.map((unit) => ({
      ...unit,
      ...settingOf(unit, settings),
      pivotal: pivotal.has(unit.key),
    }));
  }, [units, settings, tally]);

  const update = useCallback(
    (key: string, change: (current: RowSetting, unit: VotingUnit) => RowSetting) => {
      const unit = units.find((candidate) => candidate.key === key);
      if (!unit) return;
      setSettings((current) => ({ ...current, [key]: change(settingOf(unit, current), unit) }));
    },
    [units],
  );
  // A vote set by hand is the user's own what-if: no longer settled by the whip count.
  const setVote = useCallback(
    (key: string, vote: VoteOption) => update(key, (current) => ({ vote, absent: current.absent })),
    [update],
  );
  const setAbsent = useCallback(
    (key: string, absent: number) =>
      update(key, (current, unit) => ({ ...current, absent: clampAbsent(absent, unit.seats) })),
    [update],
  );
  const applyPreset = useCallback(
    (preset: Preset) =>
      setSettings((current) => {
        const next = presetSettings(units, preset);
        // Presets set the votes; the absences entered stay.
        for (const unit of units) next[unit.key].absent = settingOf(unit, current).absent;
        return next;
      }),
    [units],
  );
  const reset = useCallback(() => {
    setSettings({});
    setRequiredMajority('simple');
    setOrigin(null);
  }, []);

  return {
    rows,
    requiredMajority,
    tally,
    options,
    origin,
    setVote,
    setAbsent,
    setRequiredMajority,
    applyPreset,
    reset,
  };
}
