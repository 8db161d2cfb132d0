import type { ScenarioName, Tally } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages.de';
import { marginText } from '../../calculator/utils/result-texts';
import { scenarioVerdict, verdictText } from '../utils/verdict-texts';

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

/** Erwartet · Bester Fall · Schlechtester Fall side by side, each with verdict, counts and flags. */
export function ScenarioCards({ tallies, excluded, nameOf }: ScenarioCardsProps) {
  const i18n = useT();
  const { t, formatNumber } = i18n;
  return (
    <section className="scenarios" aria-label={t('scenario.title')}>
      {SCENARIOS.map(({ name, label }) => {
        const tally = tallies[name];
        const verdict = scenarioVerdict(tally);
        const pivotal = tally.pivotalGroupKeys.map(nameOf).join(', ');
        return (
          <article
            key={name}
            className={`card scenario scenario--${verdict}`}
            data-testid={`scenario-${name}`}
          >
            <h2>{t(label)}</h2>
            <p className="scenario__verdict" data-testid="scenario-verdict" data-verdict={verdict}>
              {verdictText(i18n, verdict, excluded)}
            </p>
            <p className="scenario__margin" data-testid="scenario-margin">
              {marginText(i18n, tally.margin, { quorum: tally.quorum })}
            </p>
            <dl className="counts counts--compact">
              {(['yes', 'no', 'abstain', 'absent'] as const).map((key) => (
                <div key={key} className={`counts__item counts__item--${key}`}>
                  <dt>{t(`verdict.${key}Count`)}</dt>
                  <dd data-testid={`scenario-${key}`}>{formatNumber(tally[key])}</dd>
                </div>
              ))}
            </dl>
            <ul className="facts">
              <li className={tally.passes ? 'fact fact--ok' : 'fact fact--bad'}>
                {t(tally.passes ? 'verdict.passes' : 'verdict.fails')}
              </li>
              {!tally.quorum && (
                <li className="fact fact--bad">
                  {t('verdict.noQuorum', {
                    present: tally.present,
                    votingMembers: tally.present + tally.absent,
                  })}
                </li>
              )}
              {excluded && tally.reliesOnExcluded && (
                <li className="fact fact--bad">{t('verdict.reliesOnExcluded', { excluded })}</li>
              )}
              {excluded && tally.blockedByExcluded && (
                <li className="fact fact--bad">{t('verdict.blockedByExcluded', { excluded })}</li>
              )}
              {excluded && (
                <li
                  className={tally.robustAgainstExcluded ? 'fact fact--ok' : 'fact fact--neutral'}
                >
                  {t(tally.robustAgainstExcluded ? 'verdict.robust' : 'verdict.notRobust', {
                    excluded,
                  })}
                </li>
              )}
              <li className="fact fact--neutral">
                {pivotal ? t('verdict.pivotal', { groups: pivotal }) : t('verdict.noPivotal')}
              </li>
            </ul>
          </article>
        );
      })}
    </section>
  );
}
