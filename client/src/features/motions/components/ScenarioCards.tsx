import type { ScenarioName, Tally } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages.de';
import { scenarioSentence } from '../utils/certainty-texts';
import { phraseText } from '../utils/phrase';

type ScenarioCardsProps = {
  tallies: Record<ScenarioName, Tally>;
  excluded: string;
  nameOf: (key: string) => string;
};

const SCENARIOS: { name: ScenarioName; label: MessageKey }[] = [
  { name: 'expected', label: 'scenario.expected' },
  { name: 'best', label: 'scenario.best' },
  { name: 'worst', label: 'scenario.worst' },
];

/** Erwartet · Bester Fall · Schlechtester Fall side by side, each one sentence, counts and pivots. */
export function ScenarioCards({ tallies, excluded, nameOf }: ScenarioCardsProps) {
  const i18n = useT();
  const { t, formatNumber } = i18n;
  return (
    <section className="scenarios" aria-label={t('scenario.title')}>
      {SCENARIOS.map(({ name, label }) => {
        const tally = tallies[name];
        const sentence = scenarioSentence(tally, excluded);
        const pivotal = tally.pivotalGroupKeys.map(nameOf).join(', ');
        return (
          <article
            key={name}
            className={`card scenario scenario--${sentence.tone}`}
            data-testid={`scenario-${name}`}
          >
            <h2>{t(label)}</h2>
            <p
              className="scenario__verdict"
              data-testid="scenario-verdict"
              data-tone={sentence.tone}
            >
              {phraseText(i18n, sentence.phrase)}
            </p>
            <dl className="counts counts--compact">
              {(['yes', 'no', 'abstain', 'absent'] as const).map((key) => (
                <div key={key} className={`counts__item counts__item--${key}`}>
                  <dt>{t(`verdict.${key}Count`)}</dt>
                  <dd data-testid={`scenario-${key}`}>{formatNumber(tally[key])}</dd>
                </div>
              ))}
            </dl>
            <p className="scenario__pivotal muted">
              {pivotal ? t('verdict.pivotal', { groups: pivotal }) : t('verdict.noPivotal')}
            </p>
          </article>
        );
      })}
    </section>
  );
}
