import type { VoteOption } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages.de';

const OPTIONS: { value: VoteOption; label: MessageKey }[] = [
  { value: 'yes', label: 'calc.vote.yes' },
  { value: 'no', label: 'calc.vote.no' },
  { value: 'abstain', label: 'calc.vote.abstain' },
];

type SegmentedControlProps = {
  value: VoteOption;
  label: string;
  onChange: (value: VoteOption) => void;
};

/** Ja / Nein / Enthaltung as one radio group of buttons. */
export function SegmentedControl({ value, label, onChange }: SegmentedControlProps) {
  const { t } = useT();
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={value === option.value}
          data-vote={option.value}
          className={`segmented__option segmented__option--${option.value}`}
          onClick={() => onChange(option.value)}
        >
          {t(option.label)}
        </button>
      ))}
    </div>
  );
}
