import type { BodyMemberView, CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { BodiesAdmin } from '../hooks/use-bodies';
import { EndMembershipForm } from './EndMembershipForm';

type BodyMembersListProps = {
  bodyKey: string;
  council: CouncilView;
  members: BodyMemberView[];
  /** Given for an admin on a body other than the Rat: each seat can be ended. */
  admin?: BodiesAdmin;
};

/**
 * The members on the day: name, group, role and period, one entry each (a list, not a table, so
 * the end of a seat fits beside it on a phone).
 */
export function BodyMembersList({ bodyKey, council, members, admin }: BodyMembersListProps) {
  const { t, formatDate } = useT();
  const groupName = new Map(council.groups.map((group) => [group.key, group.name]));
  const period = (member: BodyMemberView) =>
    member.to
      ? t('bodies.period', { from: formatDate(member.from), to: formatDate(member.to) })
      : t('bodies.since', { from: formatDate(member.from) });
  return (
    <ul className="body-members" data-testid="body-members">
      {members.map((member) => (
        <li key={member.id} className="body-members__item" data-testid="body-member">
          <div>
            <strong>{member.name}</strong>
            <p className="muted">
              {[
                member.groupKey ? (groupName.get(member.groupKey) ?? member.groupKey) : null,
                t(`bodies.role.${member.role}`),
                period(member),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
          {admin && <EndMembershipForm bodyKey={bodyKey} member={member} admin={admin} />}
        </li>
      ))}
    </ul>
  );
}
