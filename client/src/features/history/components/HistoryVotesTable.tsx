import type { CouncilView, HistoryVoteView } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { TableScroll } from '../../../app/TableScroll';
import { useT } from '../../../i18n/i18n';
import { VerdictBadge } from '../../motions/components/VerdictBadge';
import { scenarioVerdict } from '../../motions/utils/verdict-texts';
import { GroupLineChips } from './GroupLineChips';
import { ResultOnlyNote } from './ResultOnlyNote';

type HistoryVotesTableProps = {
  council: CouncilView;
  votes: HistoryVoteView[];
  excluded: string;
};

/** The recorded votes, newest first: title, date, result, verdict badge and group lines. */
export function HistoryVotesTable({ council, votes, excluded }: HistoryVotesTableProps) {
  const { t, formatDate } = useT();
  return (
    <section className="card" aria-labelledby="history-votes-title">
      <h2 id="history-votes-title">{t('historyPage.votes.title')}</h2>
      {votes.length === 0 ? (
        <p className="muted">{t('historyPage.votes.empty')}</p>
      ) : (
        <TableScroll label={t('historyPage.votes.title')}>
          <table className="data-table history-votes" data-testid="history-votes">
            <thead>
              <tr>
                <th scope="col">{t('historyPage.col.motion')}</th>
                <th scope="col">{t('historyPage.col.date')}</th>
                <th scope="col">{t('historyPage.col.result')}</th>
                <th scope="col">{t('historyPage.col.verdict')}</th>
                <th scope="col">{t('historyPage.col.lines')}</th>
              </tr>
            </thead>
            <tbody>
              {votes.map((vote) => (
                <tr key={vote.id} data-vote-id={vote.id}>
                  <th scope="row">
                    <a href={hrefOf({ page: 'motion', motionId: vote.motionId })}>{vote.title}</a>
                  </th>
                  <td>{formatDate(vote.date)}</td>
                  <td>
                    <span className={`motion-status motion-status--${vote.result}`}>
                      {t(`motion.status.${vote.result}`)}
                    </span>
                  </td>
                  {vote.source === 'resultOnly' ? (
                    <td colSpan={2}>
                      <ResultOnlyNote facts={vote.resultOnly} />
                    </td>
                  ) : (
                    <>
                      <td>
                        <VerdictBadge
                          verdict={scenarioVerdict(vote.tally)}
                          margin={vote.tally.margin}
                          quorum={vote.tally.quorum}
                          excluded={excluded}
                        />
                      </td>
                      <td>
                        <GroupLineChips council={council} lines={vote.groupLines} />
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
