import { useCallback, useMemo, useState } from 'react';
import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { useT } from '../../../../i18n/i18n';
import { ConfirmDialog } from '../../../../app/ConfirmDialog';
import type { CouncilAdmin } from '../../hooks/use-council-admin';
import { useAction } from '../../hooks/use-action';
import { useVersionedDraft } from '../../hooks/use-versioned-draft';
import { localDay } from '../../utils/local-day';
import { GroupFromFields } from '../GroupFromFields';
import { SubmitRow } from '../../../../app/SubmitRow';
import { TextField } from '../../../../app/TextField';

type MemberEditFormProps = { member: MemberView; council: CouncilView; admin: CouncilAdmin };

type MemberDraft = { name: string; groupKey: string; from: string; leaveOn: string };

/**
 * A member's rename, group switch on a date and leaving on a date (after a confirmation), all at
 * the version seen when the admin began: a stale one keeps the input beside the current state.
 */
export function MemberEditForm({ member, council, admin }: MemberEditFormProps) {
  const { t, formatDate } = useT();
  const today = localDay();
  const current = useMemo<MemberDraft>(
    () => ({ name: member.name, groupKey: member.groupKey ?? '', from: today, leaveOn: today }),
    [member.name, member.groupKey, today],
  );
  const draft = useVersionedDraft(current, member.version);
  const [confirming, setConfirming] = useState(false);
  const { patchMember, leaveCouncil, reload } = admin;
  const onConflict = useCallback(() => void reload(), [reload]);
  const save = useAction(
    useCallback(
      (body: Parameters<typeof patchMember>[1]) => patchMember(member.id, body),
      [member.id, patchMember],
    ),
    onConflict,
  );
  const leave = useAction(
    useCallback(
      (on: string, version: number) => leaveCouncil(member.id, { on, version }),
      [member.id, leaveCouncil],
    ),
    onConflict,
  );
  const error = save.error ?? leave.error;
  const conflict = save.conflict || leave.conflict;
  const busy = save.busy || leave.busy;
  const finish = (saved: unknown) => (saved ? draft.done() : draft.rebase());
  const { value } = draft;
  const groupName = (key: string) => council.groups.find((g) => g.key === key)?.name ?? key;
  return (
    <div className="member-edit" data-testid="member-edit" data-member={member.id}>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          leave.clear();
          void save.run({ name: value.name, version: draft.version }).then(finish);
        }}
      >
        <TextField
          label={t('councilAdmin.memberName')}
          name="name"
          required
          maxLength={200}
          value={value.name}
          onChange={(name) => draft.set({ name })}
        />
        <SubmitRow label={t('councilAdmin.rename')} disabled={busy} />
      </form>
      {!member.isMayor && member.groupKey !== null && (
        <form
          className="form-grid"
          data-testid="member-switch"
          onSubmit={(event) => {
            event.preventDefault();
            leave.clear();
            void save
              .run({ groupKey: value.groupKey, from: value.from, version: draft.version })
              .then(finish);
          }}
        >
          <GroupFromFields
            council={council}
            groupLabel={t('councilAdmin.switchTo')}
            fromLabel={t('councilAdmin.switchFrom')}
            groupKey={value.groupKey}
            onGroupKey={(groupKey) => draft.set({ groupKey })}
            from={value.from}
            onFrom={(from) => draft.set({ from })}
          />
          <SubmitRow
            label={t('councilAdmin.switch')}
            disabled={busy || value.groupKey === '' || value.groupKey === member.groupKey}
          />
        </form>
      )}
      {!member.isMayor && member.groupKey !== null && (
        <form
          className="form-grid"
          data-testid="member-leave"
          onSubmit={(event) => {
            event.preventDefault();
            setConfirming(true);
          }}
        >
          <TextField
            label={t('councilAdmin.leaveOn')}
            type="date"
            name="leaveOn"
            required
            value={value.leaveOn}
            onChange={(leaveOn) => draft.set({ leaveOn })}
          />
          <SubmitRow label={t('councilAdmin.leave')} disabled={busy} danger />
        </form>
      )}
      {error && (
        <div className="alert alert--danger" role="alert" data-testid="member-error">
          <p>{error}</p>
          {conflict && (
            <p>
              {t('councilAdmin.memberTheirs', {
                name: member.name,
                group: member.groupKey ? groupName(member.groupKey) : '–',
              })}
            </p>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('councilAdmin.leaveTitle')}
          text={t('councilAdmin.leaveText', { name: member.name, date: formatDate(value.leaveOn) })}
          confirmLabel={t('councilAdmin.leave')}
          cancelLabel={t('accounts.cancel')}
          busy={busy}
          testId="leave-confirm"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            save.clear();
            void leave.run(value.leaveOn, draft.version).then(finish);
          }}
        />
      )}
    </div>
  );
}
