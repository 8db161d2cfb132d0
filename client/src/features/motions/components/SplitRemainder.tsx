import type { I18n } from '../../../i18n/i18n';
import { useT } from '../../../i18n/i18n';
import type { SeatAccount } from '../utils/whip-seats';

const TARGETS = ['yes', 'no', 'abstain', 'absent'] as const;

/** Why a whip row cannot be saved as it is: over the seats, or a split with seats unaccounted for. */
export function seatProblem(
  { t, tCount, formatNumber }: I18n,
  account: SeatAccount,
): string | null {
  if (account.over) {
    return t('whip.overSeats', {
      split: account.split,
      absent: account.absent,
      overrides: account.overrides,
      total: account.split + account.absent + account.overrides,
      seats: formatNumber(account.seats),
    });
  }
  if (account.remainder > 0) {
    return tCount('whip.remainder', account.remainder, { seats: formatNumber(account.seats) });
  }
  return null;
}

type SplitRemainderProps = {
  account: SeatAccount;
  problem: string | null;
  disabled: boolean;
  assign: (target: (typeof TARGETS)[number]) => void;
};

/** The seat check before saving: over the seats is an error; a split's rest asks where it goes. */
export function SplitRemainder({ account, problem, disabled, assign }: SplitRemainderProps) {
  const { t } = useT();
  if (!problem) return null;
  if (account.over) {
    return (
      <p className="alert alert--danger whip-row__seats" role="alert" data-testid="whip-over">
        {problem}
      </p>
    );
  }
  return (
    <div
      className="alert alert--warning whip-row__seats"
      role="status"
      data-testid="whip-remainder"
    >
      <p>{problem}</p>
      <div className="form-actions">
        {TARGETS.map((target) => (
          <button
            key={target}
            type="button"
            disabled={disabled}
            data-testid={`remainder-${target}`}
            onClick={() => assign(target)}
          >
            {t(`whip.remainderTo.${target}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
