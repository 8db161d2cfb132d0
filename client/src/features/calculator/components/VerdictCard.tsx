import type { CouncilView, Tally } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { excludedNames } from '../../council/model/council-groups';
import { marginText } from '../utils/result-texts';

type VerdictCardProps = { council: CouncilView; tally: Tally; nameOf: (key: string) => string };

/** The headline: a democratic majority without the excluded groups' votes, yes or no. */
export function VerdictCard({ council, tally, nameOf }: VerdictCardProps) {
  const i18n = useT();
  const { t, formatNumber } = i18n;
  const excluded = excludedNames(council);
  const verdict = tally.democraticMajority ? 'yes' : 'no';
  const label = excluded ? t('verdict.label', { excluded }) : t('verdict.labelNoExcluded');
  const counts = [
    { key: 'yes', label: t('verdict.yesCount'), value: tally.yes },
    { key: 'no', label: t('verdict.noCount'), value: tally.no },
    { key: 'abstain', label: t('verdict.abstainCount'), value: tally.abstain },
    { key: 'absent', label: t('verdict.absentCount'), value: tally.absent },
  ];
  const pivotal = tally.pivotalGroupKeys.map(nameOf).join(', ');

  return (
    <section className={`card verdict verdict--${verdict}`} aria-live="polite">
      <p className="verdict__headline" data-testid="verdict" data-verdict={verdict}>
        {label}: <strong>{t(verdict === 'yes' ? 'verdict.yes' : 'verdict.no')}</strong>
      </p>
      <p className="verdict__margin" data-testid="margin">
        {marginText(i18n, tally.margin, { quorum: tally.quorum })}
      </p>
      {tally.reliesOnExcluded && excluded && (
        <p className="alert alert--danger" data-testid="relies-on-excluded">
          {t('verdict.reliesOnExcluded', { excluded })}
        </p>
      )}
      {tally.blockedByExcluded && excluded && (
        <p className="alert alert--warning" data-testid="blocked-by-excluded">
          {t('verdict.blockedByExcluded', { excluded })}
        </p>
      )}
      <dl className="counts">
        {counts.map((count) => (
          <div key={count.key} className={`counts__item counts__item--${count.key}`}>
            <dt>{count.label}</dt>
            <dd data-testid={`count-${count.key}`}>{formatNumber(count.value)}</dd>
          </div>
        ))}
      </dl>
      <ul className="facts">
        <li className={tally.passes ? 'fact fact--ok' : 'fact fact--bad'} data-testid="passes">
          {t(tally.passes ? 'verdict.passes' : 'verdict.fails')} ·{' '}
          {t('verdict.required', { required: tally.required })}
        </li>
        <li className={tally.quorum ? 'fact fact--ok' : 'fact fact--bad'}>
          {t(tally.quorum ? 'verdict.quorum' : 'verdict.noQuorum', {
            present: tally.present,
            votingMembers: council.votingMembers,
          })}
        </li>
        {excluded && (
          <li className={tally.robustAgainstExcluded ? 'fact fact--ok' : 'fact fact--neutral'}>
            {t(tally.robustAgainstExcluded ? 'verdict.robust' : 'verdict.notRobust', { excluded })}
          </li>
        )}
        <li className="fact fact--neutral" data-testid="pivotal">
          {pivotal ? t('verdict.pivotal', { groups: pivotal }) : t('verdict.noPivotal')}
        </li>
      </ul>
    </section>
  );
}
