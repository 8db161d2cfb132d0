import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { accessOf, noteReaderOf } from '../../../app/access';
import { hrefOf } from '../../../app/route';
import { TableScroll } from '../../../app/TableScroll';
import { useT } from '../../../i18n/i18n';
import { useErrorText } from '../../../i18n/use-error-text';
import { excludedNames } from '../../council/model/council-groups';
import { motionQuery, tallyQuery, whipQuery } from '../hooks/motion-queries';
import { useMotionVote } from '../hooks/use-motion-vote';
import { groupNamer, noteAuthorNamer, whipOrder } from '../utils/motion-access';
import { MotionMeta } from './MotionMeta';
import { CertaintyBadge } from './CertaintyBadge';
import { ScenarioCards } from './ScenarioCards';
import { VoteResultCard } from './VoteResultCard';

type MotionPrintPageProps = { motionId: number; council: CouncilView; user: UserView };

/**
 * A print-friendly sheet: the motion's whip count and, once recorded, the vote result. It prints
 * only what the server lets the user read (the committee: no scenarios, no whip count).
 */
export function MotionPrintPage({ motionId, council, user }: MotionPrintPageProps) {
  const { t, formatDateTime, formatNumber } = useT();
  const errorText = useErrorText();
  const vote = useMotionVote(motionId);
  const nameOf = useMemo(() => groupNamer(council, t('whip.mayor')), [council, t]);
  const noteAuthor = noteAuthorNamer(nameOf, t('whip.noteByAdmin'));
  const seats = new Map(council.groups.map((g) => [g.key, g.seats]));
  const can = accessOf(user, council);
  const readsWhip = can('whip.read');
  const readsScenarios = can('scenarios.read');
  const motionAnswer = useQuery(motionQuery(motionId));
  const whip = useQuery({
    ...whipQuery(motionId, noteReaderOf(user, council)),
    enabled: readsWhip,
  });
  const tallyAnswer = useQuery({ ...tallyQuery(motionId), enabled: readsScenarios });
  const motion = motionAnswer.data;
  const entries = useMemo(
    () => [...(whip.data ?? [])].sort(whipOrder(council)),
    [whip.data, council],
  );
  const tally = tallyAnswer.data ?? null;
  const failed = motionAnswer.error ?? whip.error ?? tallyAnswer.error;
  const error = failed ? errorText(failed) : null;
  // The sheet prints once everything the user may read is there.
  if (!motion || (readsWhip && !whip.data) || (readsScenarios && !tally)) {
    return <main className="state">{error && <p className="alert alert--danger">{error}</p>}</main>;
  }
  return (
    <main className="page print-page" data-testid="print-page">
      <div className="print-page__actions no-print">
        <a href={hrefOf({ page: 'motion', motionId })}>← {t('print.back')}</a>
        <button type="button" className="button--primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <header>
        <h1>{motion.title}</h1>
        <MotionMeta motion={motion} detailed />
        <CertaintyBadge certainty={motion.certainty} excluded={excludedNames(council)} />
        <p className="muted">{t('print.asOf', { date: formatDateTime(new Date()) })}</p>
      </header>
      {tally && <ScenarioCards tallies={tally} excluded={excludedNames(council)} nameOf={nameOf} />}
      {!readsWhip && <p className="muted">{t('motionPage.whipNotShared')}</p>}
      <section hidden={!readsWhip}>
        <h2>{t('whip.title')}</h2>
        <TableScroll label={t('whip.title')}>
          <table className="data-table print-table" data-testid="print-whip">
            <thead>
              <tr>
                <th scope="col">{t('council.col.group')}</th>
                <th scope="col" className="num">
                  {t('council.col.seats')}
                </th>
                <th scope="col">{t('whip.stance')}</th>
                <th scope="col">{t('whip.confidence')}</th>
                <th scope="col" className="num">
                  {t('whip.absent')}
                </th>
                <th scope="col">{t('whip.note')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.groupKey}>
                  <th scope="row">{nameOf(entry.groupKey)}</th>
                  <td className="num">{formatNumber(seats.get(entry.groupKey) ?? 1)}</td>
                  <td>{t(`whip.stance.${entry.stance}`)}</td>
                  <td>{t(`whip.confidence.${entry.confidence}`)}</td>
                  <td className="num">{formatNumber(entry.absent)}</td>
                  <td>
                    {entry.notes
                      .map((n) => `${noteAuthor(n.authorGroupKey)}: ${n.note}`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {vote && (
        <VoteResultCard
          vote={vote}
          council={council}
          excluded={excludedNames(council)}
          nameOf={nameOf}
        />
      )}
    </main>
  );
}
