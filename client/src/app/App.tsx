import { useT } from '../i18n/i18n';
import { LoginPage } from '../features/auth/components/LoginPage';
import { useSession } from '../features/auth/hooks/use-session';
import { CouncilPage } from '../features/council/components/CouncilPage';
import { useCouncilData } from '../features/council/hooks/use-council-data';
import { ConnectionBanner } from '../features/live/components/ConnectionBanner';
import { useLiveSocket } from '../features/live/hooks/use-live-socket';
import { AppHeader } from './AppHeader';

function SignedIn({ token }: { token: string }) {
  const { t } = useT();
  const data = useCouncilData();
  const live = useLiveSocket(token, { onCouncil: data.applyCouncil, onResync: data.reload });
  return (
    <div className="app-body" data-live-status={live.status}>
      <ConnectionBanner status={live.status} />
      {data.council ? (
        <CouncilPage council={data.council} members={data.members} />
      ) : data.error ? (
        <main className="state">
          <p className="alert alert--danger">{t('app.loadError', { message: data.error })}</p>
          <button type="button" onClick={data.reload}>
            {t('app.retry')}
          </button>
        </main>
      ) : (
        <main className="state">
          <p className="muted">{t('app.loading')}</p>
        </main>
      )}
    </div>
  );
}

export function App() {
  const { session, login, logout } = useSession();
  return (
    <>
      <AppHeader session={session} onLogout={logout} />
      {session ? (
        <SignedIn key={session.token} token={session.token} />
      ) : (
        <LoginPage login={login} />
      )}
    </>
  );
}
