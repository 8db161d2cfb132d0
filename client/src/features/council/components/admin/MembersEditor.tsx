import { useState } from 'react';
import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { useT } from '../../../../i18n/i18n';
import type { CouncilAdmin } from '../../hooks/use-council-admin';
import { groupsInChartOrder } from '../../model/council-groups';
import { GroupSelect } from '../GroupSelect';
import { AddMemberForm } from './AddMemberForm';
import { MemberEditForm } from './MemberEditForm';

type MembersEditorProps = { council: CouncilView; members: MemberView[]; admin: CouncilAdmin };

/** The current members of one chosen group, each with its edits, and a new member. */
export function MembersEditor({ council, members, admin }: MembersEditorProps) {
  const { t, tCount } = useT();
  const [groupKey, setGroupKey] = useState(() => groupsInChartOrder(council)[0]?.key ?? '');
  const [openId, setOpenId] = useState<number | null>(null);
  // '' lists those without a group today: the mayor and members who left (to rename them).
  const shown = members
    .filter((member) => member.groupKey === (groupKey === '' ? null : groupKey))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return (
    <div className="members-editor" data-testid="members-editor">
      <h3>{t('councilAdmin.membersTitle')}</h3>
      <label className="field">
        <span>{t('councilAdmin.group')}</span>
        <GroupSelect
          name="memberGroup"
          council={council}
          value={groupKey}
          onChange={(key) => {
            setGroupKey(key);
            setOpenId(null);
          }}
          emptyLabel={t('councilAdmin.withoutGroup')}
        />
      </label>
      <p className="muted">{tCount('councilAdmin.memberCount', shown.length)}</p>
      <ul className="member-list">
        {shown.map((member) => {
          const open = openId === member.id;
          return (
            <li key={member.id} data-testid="member-row" data-member={member.id}>
              <div className="member-list__head">
                <span>{member.name}</span>
                <button
                  type="button"
                  className="button--ghost"
                  aria-expanded={open}
                  onClick={() => setOpenId(open ? null : member.id)}
                >
                  {open ? t('accounts.close') : t('accounts.edit')}
                </button>
              </div>
              {open && <MemberEditForm member={member} council={council} admin={admin} />}
            </li>
          );
        })}
      </ul>
      <AddMemberForm key={groupKey} council={council} groupKey={groupKey} admin={admin} />
    </div>
  );
}
