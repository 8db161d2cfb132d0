import { useT } from '../../../i18n/i18n';

type ProgressBarProps = {
  label: string;
  value: number;
  total: number;
  tone: 'motions' | 'adopted';
};

/** "12 von 20 Zusagen" with a bar; the share in German percent. */
export function ProgressBar({ label, value, total, tone }: ProgressBarProps) {
  const { t, formatPercent } = useT();
  const share = total > 0 ? value / total : null;
  return (
    <div className={`progress progress--${tone}`} data-testid={`progress-${tone}`}>
      <div className="progress__label">
        <span>{label}</span>
        <span>
          {t('agreement.ofPledges', { value, total })} · {formatPercent(share)}
        </span>
      </div>
      <div className="progress__track" role="presentation">
        <div className="progress__fill" style={{ width: `${(share ?? 0) * 100}%` }} />
      </div>
    </div>
  );
}
