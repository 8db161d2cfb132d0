import { useState } from 'react';
import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useAccounts } from '../hooks/use-accounts';
import { AccountEditor } from './AccountEditor';
import { AccountSummary } from './AccountSummary';

type AccountsSectionProps = { council: CouncilView; user: UserView };

/** "Konten": every account with role, group and status; one at a time opens for editing. */
export function AccountsSection({ council, user }: AccountsSectionProps) {
  const { t } = useT();
  const accounts = useAccounts();
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <section className="card" aria-labelledby="accounts-title" data-testid="accounts">
      <h2 id="accounts-title">{t('accounts.title')}</h2>
      {accounts.error && (
        <p className="alert alert--danger" role="alert">
          {accounts.error}
        </p>
      )}
      {accounts.loading && <p className="muted">{t('app.loading')}</p>}
      <ul className="account-list">
        {accounts.accounts.map((account) => {
          const open = openId === account.id;
          return (
            <li
              key={account.id}
              className="account-list__item"
              data-testid="account-row"
              data-username={account.username}
              data-active={account.active ? 'true' : 'false'}
            >
              <div className="account-list__head">
                <strong className="account-list__name">{account.username}</strong>
                <AccountSummary account={account} council={council} />
                <button
                  type="button"
                  className="button--ghost"
                  aria-expanded={open}
                  onClick={() => setOpenId(open ? null : account.id)}
                >
                  {open ? t('accounts.close') : t('accounts.edit')}
                </button>
              </div>
              {open && (
                <AccountEditor
                  key={account.id}
                  account={account}
                  council={council}
                  isSelf={account.username === user.username}
                  accounts={accounts}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
