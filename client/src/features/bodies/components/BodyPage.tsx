import { useMemo, type CSSProperties } from 'react';
import {
  COUNCIL_BODY_KEY,
  type BodyMemberView,
  type CouncilView,
  type MemberView,
  type UserView,
} from '@mehrheitsplaner/shared';
import { accessOf } from '../../../app/access';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { useErrorText } from '../../../i18n/use-error-text';
import { SeatChart } from '../../council/components/SeatChart';
import { useBodiesAdmin, useBody, useBodyMembers } from '../hooks/use-bodies';
import { AddBodyMemberForm } from './AddBodyMemberForm';
import { BodyMembersList } from './BodyMembersList';
import { BodyRulesForm } from './BodyRulesForm';
import { BodyRulesNote } from './BodyRulesNote';
import { BodySeats } from './BodySeats';

type BodyPageProps = {
  bodyKey: string;
  council: CouncilView;
  /** Every person on record, to choose members from. */
  people: MemberView[];
  user: UserView;
};

/** Members as the seat chart's labels take them (person and group; the mayor has no seat here). */
function asSeatMembers(members: BodyMemberView[]): MemberView[] {
  return members.map((member) => ({
    id: member.personId,
    name: member.name,
    groupKey: member.groupKey,
    isMayor: false,
    version: member.version,
  }));
}

/** One body: its seat chart, its members today and, for admins, adding and ending seats. */
export function BodyPage({ bodyKey, council, people, user }: BodyPageProps) {
  const { t } = useT();
  const errorText = useErrorText();
  const body = useBody(bodyKey);
  const members = useBodyMembers(bodyKey);
  const admin = useBodiesAdmin();
  const seatMembers = useMemo(() => asSeatMembers(members.data ?? []), [members.data]);
  const edits = accessOf(user, council)('council.manage') && bodyKey !== COUNCIL_BODY_KEY;
  const error = body.error ?? members.error;
  return (
    <main className="page body-page">
      <p>
        <a href={hrefOf({ page: 'bodies' })}>{t('bodies.back')}</a>
      </p>
      {error && (
        <p className="alert alert--danger" role="alert">
          {errorText(error)}
        </p>
      )}
      {body.data && (
        <section className="card chart-card" aria-labelledby="body-title">
          <h1 id="body-title">{body.data.name}</h1>
          <p className="muted">{t(`bodies.kind.${body.data.kind}`)}</p>
          <div className="body-chart" style={{ '--body-seats': body.data.seats } as CSSProperties}>
            <SeatChart
              council={body.data}
              members={seatMembers}
              label={t('bodies.chartLabel', { name: body.data.name, seats: body.data.seats })}
            />
          </div>
          <BodySeats body={body.data} />
          <BodyRulesNote rules={body.data} />
        </section>
      )}
      <section className="card" aria-labelledby="body-members-title">
        <h2 id="body-members-title">{t('bodies.membersTitle')}</h2>
        {bodyKey === COUNCIL_BODY_KEY && <p className="muted">{t('bodies.councilEditedThere')}</p>}
        {members.data && members.data.length === 0 && (
          <p className="muted">{t('bodies.noMembers')}</p>
        )}
        {members.data && members.data.length > 0 && (
          <BodyMembersList
            bodyKey={bodyKey}
            council={council}
            members={members.data}
            {...(edits ? { admin } : {})}
          />
        )}
      </section>
      {edits && body.data && (
        <section className="card">
          <BodyRulesForm key={body.data.version} body={body.data} admin={admin} />
        </section>
      )}
      {edits && (
        <section className="card">
          <AddBodyMemberForm bodyKey={bodyKey} council={council} people={people} admin={admin} />
        </section>
      )}
    </main>
  );
}
