import { useCallback, useMemo } from 'react';
import type { CouncilView, MemberView, UserView } from '@mehrheitsplaner/shared';
import { accessOf } from '../../../app/access';
import { useT } from '../../../i18n/i18n';
import { CalculatorPanel } from '../../calculator/components/CalculatorPanel';
import { PartnerOptions } from '../../calculator/components/PartnerOptions';
import { VerdictCard } from '../../calculator/components/VerdictCard';
import { useCalculator } from '../../calculator/hooks/use-calculator';
import { CouncilAdminPanel } from './admin/CouncilAdminPanel';
import { GroupTable } from './GroupTable';
import { SeatChart } from './SeatChart';
import { SeatLegend } from './SeatLegend';

type CouncilPageProps = { council: CouncilView; members: MemberView[]; user: UserView };

/** The first screen: verdict, seat chart, calculator, partner sets and the group table. */
export function CouncilPage({ council, members, user }: CouncilPageProps) {
  const { t } = useT();
  const mayorName = council.mayor?.title ?? t('calc.mayorUnknown');
  const calculator = useCalculator(council, mayorName);
  const names = useMemo(
    () => new Map(calculator.rows.map((row) => [row.key, row.name])),
    [calculator.rows],
  );
  const nameOf = useCallback((key: string) => names.get(key) ?? key, [names]);
  const mayorNote = council.mayor
    ? t(council.mayorVotes ? 'council.mayorVotes' : 'council.mayorNoVote', {
        title: council.mayor.title,
      })
    : null;

  return (
    <main className="council-layout">
      <div className="council-layout__side">
        <section className="card chart-card area-chart" aria-labelledby="chart-title">
          <h1 id="chart-title">{council.name}</h1>
          <p className="muted">
            {t('council.seatsSummary', {
              seats: council.seats,
              votingMembers: council.votingMembers,
            })}
            {mayorNote && ` · ${mayorNote}`}
          </p>
          <SeatChart council={council} members={members} />
          <SeatLegend council={council} />
        </section>
        <section className="card area-table" aria-labelledby="groups-title">
          <h2 id="groups-title">{t('council.groupsTitle')}</h2>
          <GroupTable council={council} />
        </section>
      </div>
      <div className="council-layout__main">
        <div className="area-verdict">
          <VerdictCard council={council} tally={calculator.tally} nameOf={nameOf} />
        </div>
        <div className="area-calc">
          <CalculatorPanel calculator={calculator} />
        </div>
        <div className="area-options">
          <PartnerOptions options={calculator.options} nameOf={nameOf} />
        </div>
      </div>
      {accessOf(user, council)('council.manage') && (
        <CouncilAdminPanel council={council} members={members} />
      )}
    </main>
  );
}
