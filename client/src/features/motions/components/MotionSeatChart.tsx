import { useCallback, useMemo } from 'react';
import type { CSSProperties } from 'react';
import type { CouncilView, MemberView, MotionView, WhipEntryView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { SeatChart } from '../../council/components/SeatChart';
import { SEAT_VOTE_COLOURS, expectedSeatVotes, whipCountInput } from '../utils/seat-votes';
import type { SeatVote } from '../utils/seat-votes';

type MotionSeatChartProps = {
  council: CouncilView;
  members: MemberView[];
  motion: MotionView;
  entries: WhipEntryView[];
  pivotalGroupKeys: string[];
};

const LEGEND: SeatVote[] = ['yes', 'no', 'abstain', 'absent'];

/** The council's hemicycle coloured by the expected vote, pivotal groups outlined. */
export function MotionSeatChart({
  council,
  members,
  motion,
  entries,
  pivotalGroupKeys,
}: MotionSeatChartProps) {
  const { t } = useT();
  const votes = useMemo(
    () => expectedSeatVotes(whipCountInput(council, members, motion, entries)),
    [council, members, motion, entries],
  );
  const seatFill = useCallback(
    (groupKey: string, index: number) => {
      const vote = votes.get(groupKey)?.[index];
      return vote ? SEAT_VOTE_COLOURS[vote] : SEAT_VOTE_COLOURS.absent;
    },
    [votes],
  );
  const highlighted = useMemo(() => new Set(pivotalGroupKeys), [pivotalGroupKeys]);
  return (
    <section className="card chart-card" aria-labelledby="motion-chart-title">
      <h2 id="motion-chart-title">{t('motionPage.chartTitle')}</h2>
      <SeatChart
        council={council}
        members={members}
        seatFill={seatFill}
        highlighted={highlighted}
        label={t('motionPage.chartLabel', { name: council.name })}
      />
      <ul className="legend">
        {LEGEND.map((vote) => (
          <li key={vote} className="legend__item">
            <span
              className="swatch"
              style={{ '--swatch': SEAT_VOTE_COLOURS[vote] } as CSSProperties}
              aria-hidden="true"
            />
            <span className="legend__name">{t(`motionPage.legend.${vote}`)}</span>
          </li>
        ))}
        {pivotalGroupKeys.length > 0 && (
          <li className="legend__item">
            <span className="swatch swatch--pivotal" aria-hidden="true" />
            <span className="legend__name">{t('motionPage.legend.pivotal')}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
