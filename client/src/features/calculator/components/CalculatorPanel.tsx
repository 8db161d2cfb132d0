import { REQUIRED_MAJORITIES } from '@mehrheitsplaner/shared';
import type { RequiredMajority } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { Calculator } from '../hooks/use-calculator';
import { VoteRow } from './VoteRow';

function isRequiredMajority(value: string): value is RequiredMajority {
  return (REQUIRED_MAJORITIES as readonly string[]).includes(value);
}

/** The inputs of the Mehrheitsrechner: required majority, presets and one row per voter block. */
export function CalculatorPanel({ calculator }: { calculator: Calculator }) {
  const { t } = useT();
  return (
    <section className="card calculator" aria-labelledby="calc-title">
      <h2 id="calc-title">{t('calc.title')}</h2>
      <p className="muted">{t('calc.intro')}</p>
      {calculator.origin && (
        <p className="alert calc-origin" data-testid="calc-origin">
          {t('calc.fromWhip', { title: calculator.origin })}
        </p>
      )}
      <div className="calculator__controls">
        <label className="field">
          <span>{t('calc.requiredMajority')}</span>
          <select
            data-testid="required-majority"
            value={calculator.requiredMajority}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isRequiredMajority(value)) calculator.setRequiredMajority(value);
            }}
          >
            {REQUIRED_MAJORITIES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`calc.majority.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="presets" role="group" aria-label={t('calc.presets')}>
          <button type="button" onClick={() => calculator.applyPreset('coalition')}>
            {t('calc.preset.coalition')}
          </button>
          <button type="button" onClick={() => calculator.applyPreset('allYes')}>
            {t('calc.preset.allYes')}
          </button>
          <button type="button" className="button--ghost" onClick={calculator.reset}>
            {t('calc.preset.reset')}
          </button>
        </div>
      </div>
      <ul className="vote-rows">
        {calculator.rows.map((row) => (
          <VoteRow
            key={row.key}
            row={row}
            onVote={calculator.setVote}
            onAbsent={calculator.setAbsent}
          />
        ))}
      </ul>
    </section>
  );
}
