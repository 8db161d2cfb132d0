import { useState } from 'react';
import type { MajorityOption } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { marginText } from '../utils/result-texts';

type PartnerOptionsProps = { options: MajorityOption[]; nameOf: (key: string) => string };

const COLLAPSED_COUNT = 6;

/** The majority builder's minimal partner sets, smallest first (order as the engine returns). */
export function PartnerOptions({ options, nameOf }: PartnerOptionsProps) {
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
            <li key={option.groupKeys.join('+')} className="option">
              <span className="option__groups">{option.groupKeys.map(nameOf).join(' + ')}</span>
              <span className="option__meta">
                {t('options.yes', { yes: option.yes })} · {marginText(i18n, option.margin)}
              </span>
            </li>
          ))}
        </ol>
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
