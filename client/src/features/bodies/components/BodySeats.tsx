import type { BodyView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { SeatLegend } from '../../council/components/SeatLegend';

/** A body's figures in one line and its groups with seats (groups without a seat left out). */
export function BodySeats({ body }: { body: BodyView }) {
  const { t, tCount } = useT();
  const seated = { ...body, groups: body.groups.filter((group) => group.seats > 0), mayor: null };
  return (
    <>
      <p className="muted">
        {tCount('bodies.seats', body.seats)} · {tCount('bodies.voting', body.votingMembers)}
        {body.kind !== 'council' &&
          ` · ${t(body.chairVotes ? 'bodies.chairVotes' : 'bodies.chairNoVote')}`}
      </p>
      {seated.groups.length > 0 ? (
        <SeatLegend council={seated} />
      ) : (
        <p className="muted">{t('bodies.noMembers')}</p>
      )}
    </>
  );
}
