import type { CSSProperties } from 'react';
import type { VoteOption } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { CalculatorRow } from '../hooks/use-calculator';
import { SegmentedControl } from './SegmentedControl';

type VoteRowProps = {
  row: CalculatorRow;
  onVote: (key: string, vote: VoteOption) => void;
  onAbsent: (key: string, absent: number) => void;
};

export function VoteRow({ row, onVote, onAbsent }: VoteRowProps) {
  const { t, formatNumber } = useT();
  const classes = ['vote-row', row.excluded && 'is-excluded', row.pivotal && 'is-pivotal']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes} data-testid="calc-row" data-group={row.key}>
      <div className="vote-row__name">
        <span
          className={`swatch${row.excluded ? ' swatch--hatched' : ''}${row.isMayor ? ' swatch--mayor' : ''}`}
          style={row.color ? ({ '--swatch': row.color } as CSSProperties) : undefined}
          aria-hidden="true"
        />
        <span className="vote-row__text">
          <span className="vote-row__label">{row.name}</span>{' '}
          <span className="vote-row__seats">{formatNumber(row.seats)}</span>
          {row.pivotal && <span className="badge badge--pivotal">{t('calc.pivotal')}</span>}
        </span>
      </div>
      <SegmentedControl
        value={row.vote}
        label={t('calc.voteLabel', { group: row.name })}
        onChange={(vote) => onVote(row.key, vote)}
      />
      <label className="vote-row__absent">
        <span className="vote-row__absent-label">{t('calc.col.absent')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={row.seats}
          value={row.absent}
          aria-label={t('calc.absentLabel', { group: row.name })}
          onChange={(event) => onAbsent(row.key, event.currentTarget.valueAsNumber)}
        />
      </label>
    </li>
  );
}
