import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { accessOf } from '../../../app/access';
import { useT } from '../../../i18n/i18n';
import { OparlImportPanel } from './OparlImportPanel';
import { UserForm } from './UserForm';

type AdminPageProps = { council: CouncilView; user: UserView };

/** "Verwaltung" (admins only): the OParl import and new accounts. */
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
      </div>
      <OparlImportPanel />
      <UserForm council={council} />
    </main>
  );
}
