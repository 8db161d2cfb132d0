import { useState } from 'react';
import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { useT } from '../../../../i18n/i18n';
import { useCouncilAdmin } from '../../hooks/use-council-admin';
import { groupsInChartOrder } from '../../model/council-groups';
import { GroupEditForm } from './GroupEditForm';
import { MembersEditor } from './MembersEditor';
import { NewGroupForm } from './NewGroupForm';

type CouncilAdminPanelProps = { council: CouncilView; members: MemberView[] };

/** "Rat bearbeiten" (admins): groups with name, colour and flags, members, a new group. */
export function CouncilAdminPanel({ council, members }: CouncilAdminPanelProps) {
  const { t } = useT();
  const admin = useCouncilAdmin();
  const [open, setOpen] = useState(false);
  return (
    <section
      className="card area-admin"
      aria-labelledby="council-admin-title"
      data-testid="council-admin"
    >
      <div className="page__head">
        <h2 id="council-admin-title">{t('councilAdmin.title')}</h2>
        <button
          type="button"
          className={open ? 'button--ghost' : 'button--primary'}
          aria-expanded={open}
          aria-controls="council-admin-body"
          data-testid="council-admin-toggle"
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('councilAdmin.close') : t('councilAdmin.open')}
        </button>
      </div>
      {open && (
        <div id="council-admin-body">
          <p className="muted">{t('councilAdmin.intro')}</p>
          <h3>{t('councilAdmin.groupsTitle')}</h3>
          {groupsInChartOrder(council).map((group) => (
            <GroupEditForm key={group.key} group={group} admin={admin} />
          ))}
          <NewGroupForm admin={admin} />
          <MembersEditor council={council} members={members} admin={admin} />
        </div>
      )}
    </section>
  );
}
