import { useCallback, useState } from 'react';
import type { CouncilView, PatchUserRequest, UserAccountView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useAction } from '../../council/hooks/use-action';
import { ConfirmDialog } from '../../../app/ConfirmDialog';
import { usePatchAccount, type Accounts } from '../hooks/use-accounts';
import { AccountRoleForm } from './AccountRoleForm';
import { AccountSummary } from './AccountSummary';
import { ResetPasswordForm } from './ResetPasswordForm';

type AccountEditorProps = {
  account: UserAccountView;
  council: CouncilView;
  isSelf: boolean;
  accounts: Accounts;
};

/**
 * One account's edits at the version this editor last saw: role and group, (re)activation with a
 * confirmation, a new password. A stale version keeps the input and shows the other admin's state
 * beside it; saving again applies the input over that state.
 */
export function AccountEditor({ account, council, isSelf, accounts }: AccountEditorProps) {
  const { t } = useT();
  const [version, setVersion] = useState(account.version);
  const [theirs, setTheirs] = useState<UserAccountView | null>(null);
  const [confirming, setConfirming] = useState(false);
  const patch = usePatchAccount(accounts.store);
  const { reload } = accounts;
  const sync = useCallback(
    async (showTheirs: boolean) => {
      const fresh = (await reload()).find((user) => user.id === account.id);
      if (!fresh) return;
      setVersion(fresh.version);
      setTheirs(showTheirs ? fresh : null);
    },
    [account.id, reload],
  );
  const save = useAction(
    useCallback(
      (body: Omit<PatchUserRequest, 'version'>) => patch(account.id, { ...body, version }),
      [account.id, patch, version],
    ),
    useCallback(() => void sync(true), [sync]),
  );
  const apply = (body: Omit<PatchUserRequest, 'version'>) =>
    save.run(body).then((saved) => {
      if (!saved) return;
      setVersion(saved.version);
      setTheirs(null);
    });
  const activeLabel = account.active ? t('accounts.deactivate') : t('accounts.reactivate');
  return (
    <div className="account-editor" data-testid="account-editor">
      <AccountRoleForm
        account={account}
        council={council}
        isSelf={isSelf}
        busy={save.busy}
        onSave={(change) => void apply(change)}
      />
      {save.error && (
        <div className="alert alert--danger" role="alert" data-testid="account-error">
          <p>{save.error}</p>
          {theirs && (
            <p data-testid="account-theirs">
              {t('accounts.theirs')} <AccountSummary account={theirs} council={council} />
            </p>
          )}
        </div>
      )}
      <div className="form-actions">
        {isSelf ? (
          <small className="muted">{t('accounts.selfActive')}</small>
        ) : (
          <button
            type="button"
            className={account.active ? 'button--danger' : 'button--ghost'}
            data-testid="account-active-toggle"
            onClick={() => setConfirming(true)}
          >
            {activeLabel}
          </button>
        )}
      </div>
      <ResetPasswordForm account={account} onDone={() => void sync(false)} />
      {confirming && (
        <ConfirmDialog
          title={activeLabel}
          text={t(account.active ? 'accounts.deactivateText' : 'accounts.reactivateText', {
            username: account.username,
          })}
          confirmLabel={activeLabel}
          cancelLabel={t('accounts.cancel')}
          busy={save.busy}
          testId="account-confirm"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void apply({ active: !account.active });
          }}
        />
      )}
    </div>
  );
}
