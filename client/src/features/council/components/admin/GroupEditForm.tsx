import { useCallback, useMemo } from 'react';
import type { GroupView } from '@mehrheitsplaner/shared';
import { useT } from '../../../../i18n/i18n';
import type { CouncilAdmin } from '../../hooks/use-council-admin';
import { useAction } from '../../hooks/use-action';
import { useVersionedDraft } from '../../hooks/use-versioned-draft';
import { GroupFlagFields, type GroupFlags } from './GroupFlagFields';

type GroupEditFormProps = { group: GroupView; admin: CouncilAdmin };

type GroupDraft = GroupFlags & { name: string; color: string };

/** One group's name, colour and flags; its seats follow its members and are not typed in. */
export function GroupEditForm({ group, admin }: GroupEditFormProps) {
  const { t, tCount } = useT();
  const current = useMemo<GroupDraft>(
    () => ({
      name: group.name,
      color: group.color,
      excluded: group.excluded,
      coalition: group.coalition,
    }),
    [group.name, group.color, group.excluded, group.coalition],
  );
  const draft = useVersionedDraft(current, group.version);
  const { patchGroup, reload } = admin;
  const save = useAction(
    useCallback(
      (body: GroupDraft, version: number) => patchGroup(group.key, { ...body, version }),
      [group.key, patchGroup],
    ),
    useCallback(() => void reload(), [reload]),
  );
  const { rebase, done } = draft;
  return (
    <form
      className="group-edit"
      data-testid="group-edit"
      data-group={group.key}
      aria-label={t('councilAdmin.groupForm', { name: group.name })}
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(draft.value, draft.version).then((saved) => {
          if (saved) done();
          else rebase();
        });
      }}
    >
      <div className="group-edit__fields">
        <label className="field">
          <span>{t('councilAdmin.name')}</span>
          <input
            name="name"
            required
            maxLength={200}
            value={draft.value.name}
            onChange={(event) => draft.set({ name: event.currentTarget.value })}
          />
        </label>
        <label className="field field--color">
          <span>{t('councilAdmin.color')}</span>
          <input
            type="color"
            name="color"
            value={draft.value.color.toLowerCase()}
            onChange={(event) => draft.set({ color: event.currentTarget.value.toUpperCase() })}
          />
        </label>
        <GroupFlagFields flags={draft.value} onChange={draft.set} />
        <p className="group-edit__seats muted">
          {group.key} · {tCount('councilAdmin.seats', group.seats)}
        </p>
        <button type="submit" className="button--primary" disabled={save.busy || !draft.dirty}>
          {t('councilAdmin.save')}
        </button>
      </div>
      {save.error && (
        <div className="alert alert--danger" role="alert" data-testid="group-error">
          <p>{save.error}</p>
          {save.conflict && (
            <p>
              {t('councilAdmin.groupTheirs', {
                name: group.name,
                color: group.color,
              })}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
