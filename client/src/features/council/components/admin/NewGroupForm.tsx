import { useState } from 'react';
import type { CreateGroupRequest } from '@mehrheitsplaner/shared';
import { useT } from '../../../../i18n/i18n';
import type { CouncilAdmin } from '../../hooks/use-council-admin';
import { useAction } from '../../hooks/use-action';
import { GroupFlagFields } from './GroupFlagFields';
import { TextField } from '../../../../app/TextField';

const EMPTY: CreateGroupRequest = {
  key: '',
  name: '',
  color: '#888888',
  excluded: false,
  coalition: false,
};

/** A new group (key, name, colour, flags); it has no seats until members join it. */
export function NewGroupForm({ admin }: { admin: CouncilAdmin }) {
  const { t } = useT();
  const [draft, setDraft] = useState(EMPTY);
  const set = (change: Partial<CreateGroupRequest>) =>
    setDraft((current) => ({ ...current, ...change }));
  const create = useAction(admin.createGroup);
  return (
    <form
      className="form-grid"
      data-testid="new-group"
      onSubmit={(event) => {
        event.preventDefault();
        void create.run(draft).then((created) => {
          if (created) setDraft(EMPTY);
        });
      }}
    >
      <h3 className="form-grid__wide">{t('councilAdmin.newGroup')}</h3>
      <TextField
        label={t('councilAdmin.key')}
        name="key"
        required
        maxLength={40}
        pattern="[A-Za-z0-9_\-]+"
        value={draft.key}
        onChange={(key) => set({ key })}
      />
      <TextField
        label={t('councilAdmin.name')}
        name="name"
        required
        maxLength={200}
        value={draft.name}
        onChange={(name) => set({ name })}
      />
      <label className="field field--color">
        <span>{t('councilAdmin.color')}</span>
        <input
          type="color"
          name="color"
          value={draft.color}
          onChange={(event) => set({ color: event.currentTarget.value })}
        />
      </label>
      <GroupFlagFields
        flags={{ excluded: draft.excluded ?? false, coalition: draft.coalition ?? false }}
        onChange={set}
      />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={create.busy}>
          {t('councilAdmin.addGroup')}
        </button>
      </div>
      {create.error && (
        <p className="alert alert--danger form-grid__wide" role="alert">
          {create.error}
        </p>
      )}
    </form>
  );
}
