import { useState } from 'react';
import { ROLES } from '@mehrheitsplaner/shared';
import type { CouncilView, Role } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { GroupSelect } from '../../council/components/GroupSelect';
import { useNewUser } from '../hooks/use-new-user';
import { groupAfterRoleChange, groupChoiceFor } from '../utils/account-groups';

const EMPTY = { username: '', password: '', role: 'councillor' as Role, groupKey: '' };

/** A new account (username, password, role, group) and the accounts created just now. */
export function UserForm({ council }: { council: CouncilView }) {
  const { t } = useT();
  const [draft, setDraft] = useState(EMPTY);
  const { created, error, busy, create } = useNewUser();
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  // A manager manages a coalition group (domain.md): only those are offered, the server insists.
  const isManager = draft.role === 'manager';
  const groupChoice = groupChoiceFor(draft.role, council);
  const setRole = (role: Role) =>
    setDraft((current) => ({
      ...current,
      role,
      groupKey: groupAfterRoleChange(role, current.groupKey, council),
    }));
  return (
    <section className="card" aria-labelledby="users-title" data-testid="user-form">
      <h2 id="users-title">{t('admin.users.title')}</h2>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          const { groupKey, ...rest } = draft;
          void create(groupKey ? { ...rest, groupKey } : rest).then((ok) => {
            if (ok) setDraft(EMPTY);
          });
        }}
      >
        <label className="field">
          <span>{t('login.username')}</span>
          <input
            name="username"
            value={draft.username}
            onChange={(e) => set('username', e.currentTarget.value)}
          />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input
            type="password"
            name="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(e) => set('password', e.currentTarget.value)}
          />
        </label>
        <label className="field">
          <span>{t('admin.users.role')}</span>
          <select
            name="role"
            value={draft.role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`admin.role.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('admin.users.group')}</span>
          <GroupSelect
            name="groupKey"
            council={groupChoice}
            value={draft.groupKey}
            onChange={(value) => set('groupKey', value)}
            emptyLabel="–"
          />
          {isManager && <small className="muted">{t('admin.users.managerGroup')}</small>}
        </label>
        <div className="form-actions">
          <button type="submit" className="button--primary" disabled={busy}>
            {t('admin.users.create')}
          </button>
        </div>
      </form>
      {error && (
        <p className="alert alert--danger" role="alert">
          {t('admin.users.error', { message: error })}
        </p>
      )}
      {created.length > 0 && (
        <ul className="plain-list" data-testid="created-users">
          {created.map((user) => (
            <li key={user.username}>
              {t('admin.users.created', {
                username: user.username,
                role: t(`admin.role.${user.role}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
