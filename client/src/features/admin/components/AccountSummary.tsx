import type { CouncilView, UserAccountView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

type AccountSummaryProps = { account: UserAccountView; council: CouncilView };

/** "Fraktionsgeschäftsführung · SPD · aktiv": role, group and whether it may sign in. */
export function AccountSummary({ account, council }: AccountSummaryProps) {
  const { t } = useT();
  const group = council.groups.find((g) => g.key === account.groupKey)?.name ?? account.groupKey;
  return (
    <span className="account-summary">
      <span>{t(`admin.role.${account.role}`)}</span>
      <span>{group ?? t('accounts.noGroup')}</span>
      <span className={account.active ? 'status status--democratic' : 'status status--excluded'}>
        {t(account.active ? 'accounts.active' : 'accounts.inactive')}
      </span>
    </span>
  );
}
