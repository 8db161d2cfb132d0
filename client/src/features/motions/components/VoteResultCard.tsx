import { mayorBallot, type CouncilView, type HistoryVoteDetail } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { GroupLineChips } from '../../history/components/GroupLineChips';
import { ResultOnlyNote } from '../../history/components/ResultOnlyNote';
import { scenarioVerdict } from '../utils/verdict-texts';
import { ProjectionTable } from './ProjectionTable';
import { VerdictBadge } from './VerdictBadge';

type VoteResultCardProps = {
  vote: HistoryVoteDetail;
  council: CouncilView;
  excluded: string;
  nameOf: (key: string) => string;
};

/** The recorded result: outcome, counts, group lines and the projection per group. */
export function VoteResultCard({ vote, council, excluded, nameOf }: VoteResultCardProps) {
  const { t, formatDate } = useT();
  return (
    <section className="card vote-result" data-testid="vote-result" data-result={vote.result}>
      <h2>
        {t('voteResult.title', { date: formatDate(vote.date) })}:{' '}
        <span className={`motion-status motion-status--${vote.result}`}>
          {t(`motion.status.${vote.result}`)}
        </span>
      </h2>
      {vote.source === 'resultOnly' ? (
        <ResultOnlyNote facts={vote.resultOnly} />
      ) : (
        <VoteCounts vote={vote} council={council} excluded={excluded} nameOf={nameOf} />
      )}
    </section>
  );
}

/** The counts behind a recorded result: verdict, tally, group lines and the projection. */
function VoteCounts({ vote, council, excluded, nameOf }: VoteResultCardProps) {
  const { t, formatNumber } = useT();
  const { tally } = vote;
  return (
    <>
      <VerdictBadge
        verdict={scenarioVerdict(tally)}
        margin={tally.margin}
        quorum={tally.quorum}
        excluded={excluded}
      />
      <dl className="counts counts--compact">
        {(['yes', 'no', 'abstain', 'absent'] as const).map((key) => (
          <div key={key} className={`counts__item counts__item--${key}`}>
            <dt>{t(`verdict.${key}Count`)}</dt>
            <dd>{formatNumber(tally[key])}</dd>
          </div>
        ))}
      </dl>
      <GroupLineChips council={council} lines={vote.groupLines} mayor={mayorBallot(vote.blocks)} />
      {vote.projection.length > 0 && <ProjectionTable rows={vote.projection} nameOf={nameOf} />}
    </>
  );
}
