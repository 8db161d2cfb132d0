import { lazy, Suspense, useMemo, useState } from 'react';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { createQueryClient } from '../api/query-client';
import { queryKeys } from '../api/query-keys';
import { useT } from '../i18n/i18n';
import { LoginPage } from '../features/auth/components/LoginPage';
import { PasswordPage } from '../features/auth/components/PasswordPage';
import { useSession } from '../features/auth/hooks/use-session';
import { CouncilPage } from '../features/council/components/CouncilPage';
import { useCouncilData } from '../features/council/hooks/use-council-data';
import type { CouncilData } from '../features/council/hooks/use-council-data';
import { ConnectionBanner } from '../features/live/components/ConnectionBanner';
import { LiveContext } from '../features/live/hooks/live-context';
import { useLiveSocket } from '../features/live/hooks/use-live-socket';
import { liveCacheWriter } from '../features/live/utils/live-cache';
import { MotionListPage } from '../features/motions/components/MotionListPage';
import { MotionPage } from '../features/motions/components/MotionPage';
import { AdminPage } from '../features/admin/components/AdminPage';
import { AuditLogPage } from '../features/admin/components/AuditLogPage';
import { AgreementPage } from '../features/agreement/components/AgreementPage';
import { BodiesPage } from '../features/bodies/components/BodiesPage';
import { BodyPage } from '../features/bodies/components/BodyPage';
import { MeetingListPage } from '../features/meetings/components/MeetingListPage';
import { MeetingPage } from '../features/meetings/components/MeetingPage';
import { MotionPrintPage } from '../features/motions/components/MotionPrintPage';
import { noteReaderOf } from './access';
import { AppHeader } from './AppHeader';
import type { Route } from './route';
import { useRoute } from './use-route';

/** The history page carries the charts (recharts): loaded when first opened, not on a phone's first visit. */
const HistoryPage = lazy(() =>
  import('../features/history/components/HistoryPage').then((module) => ({
    default: module.HistoryPage,
  })),
);

function Loading() {
  const { t } = useT();
  return (
    <main className="state">
      <p className="muted">{t('app.loading')}</p>
    </main>
  );
}

type PageProps = { route: Route; data: CouncilData; user: UserView };

function Page({ route, data, user }: PageProps) {
  const { t } = useT();
  if (data.council) {
    switch (route.page) {
      case 'council':
        return <CouncilPage council={data.council} members={data.members} user={user} />;
      case 'bodies':
        return <BodiesPage council={data.council} user={user} />;
      case 'body':
        return (
          <BodyPage
            key={route.bodyKey}
            bodyKey={route.bodyKey}
            council={data.council}
            people={data.members}
            user={user}
          />
        );
      case 'motions':
        return <MotionListPage council={data.council} user={user} />;
      case 'motion':
        return (
          <MotionPage
            key={route.motionId}
            motionId={route.motionId}
            council={data.council}
            members={data.members}
            user={user}
          />
        );
      case 'motionPrint':
        return (
          <MotionPrintPage
            key={route.motionId}
            motionId={route.motionId}
            council={data.council}
            user={user}
          />
        );
      case 'meetings':
        return <MeetingListPage user={user} council={data.council} />;
      case 'meeting':
        return (
          <MeetingPage
            key={route.meetingId}
            meetingId={route.meetingId}
            council={data.council}
            members={data.members}
            user={user}
          />
        );
      case 'history':
        return (
          <Suspense fallback={<Loading />}>
            <HistoryPage council={data.council} />
          </Suspense>
        );
      case 'agreement':
        return <AgreementPage council={data.council} user={user} />;
      case 'admin':
        return <AdminPage council={data.council} user={user} />;
      case 'audit':
        return <AuditLogPage council={data.council} user={user} />;
      case 'password':
        return <PasswordPage />;
    }
  }
  if (data.error) {
    return (
      <main className="state">
        <p className="alert alert--danger">{t('app.loadError', { message: data.error })}</p>
        <button type="button" onClick={data.reload}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  return <Loading />;
}

type SignedInProps = { token: string; user: UserView; route: Route; onSessionEnded: () => void };

function SignedInPages({ token, user, route, onSessionEnded }: SignedInProps) {
  const client = useQueryClient();
  const data = useCouncilData();
  const cache = useMemo(
    () =>
      liveCacheWriter(client, () => {
        const council = client.getQueryData<CouncilView>(queryKeys.council);
        return council ? noteReaderOf(user, council) : () => false;
      }),
    [client, user],
  );
  const live = useLiveSocket(token, { cache, onSessionEnded });
  return (
    <LiveContext.Provider value={live}>
      <div className="app-body" data-live-status={live.status}>
        <ConnectionBanner status={live.status} />
        <Page route={route} data={data} user={user} />
      </div>
    </LiveContext.Provider>
  );
}

/** One cache per session: signing out (or in as someone else) starts from an empty one. */
function SignedIn(props: SignedInProps) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <SignedInPages {...props} />
    </QueryClientProvider>
  );
}

export function App() {
  const { session, login, logout, forget } = useSession();
  const route = useRoute();
  return (
    <>
      <AppHeader session={session} route={route} onLogout={logout} />
      {session ? (
        <SignedIn
          key={session.token}
          token={session.token}
          user={session.user}
          route={route}
          onSessionEnded={forget}
        />
      ) : (
        <LoginPage login={login} />
      )}
    </>
  );
}
