import { useState } from 'react';
import { ROLES } from '@mehrheitsplaner/shared';
import type { CouncilView, Role, UserAccountView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { GroupSelect } from '../../council/components/GroupSelect';
import { groupAfterRoleChange, groupChoiceFor } from '../utils/account-groups';

type AccountRoleFormProps = {
  account: UserAccountView;
  council: CouncilView;
  /** The admin's own account: the role stays (nobody demotes themselves). */
  isSelf: boolean;
  busy: boolean;
  onSave: (change: { role: Role; groupKey: string | null }) => void;
};

/** Role and group of an account; the input stays as typed after a refusal. */
export function AccountRoleForm({ account, council, isSelf, busy, onSave }: AccountRoleFormProps) {
  const { t } = useT();
  const [role, setRole] = useState<Role>(account.role);
  const [groupKey, setGroupKey] = useState(account.groupKey ?? '');
  return (
    <form
      className="form-grid"
      data-testid="account-role-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ role, groupKey: groupKey === '' ? null : groupKey });
      }}
    >
      <label className="field">
        <span>{t('admin.users.role')}</span>
        <select
          name="role"
          value={role}
          disabled={isSelf}
          onChange={(event) => {
            const next = event.currentTarget.value as Role;
            setRole(next);
            setGroupKey((current) => groupAfterRoleChange(next, current, council));
          }}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`admin.role.${option}`)}
            </option>
          ))}
        </select>
        {isSelf && <small className="muted">{t('accounts.selfRole')}</small>}
      </label>
      <label className="field">
        <span>{t('admin.users.group')}</span>
        <GroupSelect
          name="groupKey"
          council={groupChoiceFor(role, council)}
          value={groupKey}
          onChange={setGroupKey}
          emptyLabel="–"
        />
        {role === 'manager' && <small className="muted">{t('admin.users.managerGroup')}</small>}
      </label>
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {t('accounts.save')}
        </button>
      </div>
    </form>
  );
}
