import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { accessOf } from '../../../app/access';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { AccountsSection } from './AccountsSection';
import { FileImportPanel } from './FileImportPanel';
import { OparlImportPanel } from './OparlImportPanel';
import { UserForm } from './UserForm';

type AdminPageProps = { council: CouncilView; user: UserView };

/** "Verwaltung" (admins only): the accounts, a new one, the OParl and file imports, the audit log. */
export function AdminPage({ council, user }: AdminPageProps) {
  const { t } = useT();
  if (!accessOf(user, council)('accounts.manage')) {
    return (
      <main className="state">
        <p className="alert alert--warning">{t('admin.forbidden')}</p>
      </main>
    );
  }
  return (
    <main className="page" data-testid="admin-page">
      <div className="page__head">
        <h1>{t('admin.title')}</h1>
        <a href={hrefOf({ page: 'audit' })} data-testid="audit-link">
          {t('audit.title')}
        </a>
      </div>
      <AccountsSection council={council} user={user} />
      <UserForm council={council} />
      <OparlImportPanel />
      <FileImportPanel />
    </main>
  );
}
