import { useState } from 'react';
import type { MajorityOption } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { marginText } from '../utils/result-texts';

type PartnerOptionsProps = {
  options: MajorityOption[];
  nameOf: (key: string) => string;
  /** On a motion: sets the set's groups to yes in the calculator and opens it. */
  onApply?: (groupKeys: string[]) => void;
  /** On a motion: opens the calculator with the motion's whip count. */
  onOpen?: () => void;
};

const COLLAPSED_COUNT = 6;

/** The majority builder's minimal partner sets, smallest first (order as the engine returns). */
export function PartnerOptions({ options, nameOf, onApply, onOpen }: PartnerOptionsProps) {
  const i18n = useT();
  const { t } = i18n;
  const [expanded, setExpanded] = useState(false);
  const firmEnough = options.length === 1 && options[0].groupKeys.length === 0;
  const shown = expanded ? options : options.slice(0, COLLAPSED_COUNT);
  return (
    <section className="card options" aria-labelledby="options-title">
      <h2 id="options-title">{t('options.title')}</h2>
      <p className="muted">{t('options.intro')}</p>
      {options.length === 0 && <p data-testid="options-none">{t('options.none')}</p>}
      {firmEnough && <p data-testid="options-firm">{t('options.firmEnough')}</p>}
      {!firmEnough && options.length > 0 && (
        <ol className="options__list" data-testid="partner-options">
          {shown.map((option) => (
            <li
              key={option.groupKeys.join('+')}
              className="option"
              data-testid="partner-option"
              data-groups={option.groupKeys.join(',')}
            >
              <span className="option__groups">{option.groupKeys.map(nameOf).join(' + ')}</span>
              <span className="option__meta">
                {t('options.yes', { yes: option.yes })} · {marginText(i18n, option.margin)}
              </span>
              {onApply && (
                <button
                  type="button"
                  className="button--ghost option__apply"
                  data-testid="apply-option"
                  aria-label={t('options.applyTo', {
                    groups: option.groupKeys.map(nameOf).join(' + '),
                  })}
                  onClick={() => onApply(option.groupKeys)}
                >
                  {t('options.apply')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {onOpen && (
        <button
          type="button"
          className="options__open"
          data-testid="open-calculator"
          onClick={onOpen}
        >
          {t('options.openCalculator')}
        </button>
      )}
      {options.length > COLLAPSED_COUNT && (
        <button
          type="button"
          className="button--ghost options__toggle"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('options.showFewer') : t('options.showAll', { count: options.length })}
        </button>
      )}
    </section>
  );
}
