import type { RequiredMajority } from '@mehrheitsplaner/shared';
import type { RowSettings } from './calculator';

/** What the calculator opens with when a motion hands it over ("im Rechner übernehmen"). */
export type CalculatorStart = {
  settings: RowSettings;
  requiredMajority: RequiredMajority;
  /** The motion's title, shown as where the start came from. */
  origin: string;
};

// One hand-over at a time, from the motion page to the calculator on the next screen.
let pending: CalculatorStart | null = null;

export function handOverToCalculator(start: CalculatorStart): void {
  pending = start;
}

/** The pending hand-over (kept until `clearCalculatorStart`, so a double render sees it too). */
export function pendingCalculatorStart(): CalculatorStart | null {
  return pending;
}

export function clearCalculatorStart(): void {
  pending = null;
}
