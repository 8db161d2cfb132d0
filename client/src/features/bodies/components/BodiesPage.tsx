import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { accessOf } from '../../../app/access';
import { useT } from '../../../i18n/i18n';
import { useErrorText } from '../../../i18n/use-error-text';
import { useBodies, useBodiesAdmin } from '../hooks/use-bodies';
import { BodyCard } from './BodyCard';
import { NewBodyForm } from './NewBodyForm';

type BodiesPageProps = { council: CouncilView; user: UserView };

/** "Gremien": the Rat, the committees and district councils with their seats per group. */
export function BodiesPage({ council, user }: BodiesPageProps) {
  const { t } = useT();
  const errorText = useErrorText();
  const bodies = useBodies();
  const admin = useBodiesAdmin();
  return (
    <main className="page bodies-page">
      <h1>{t('bodies.title')}</h1>
      <p className="muted">{t('bodies.intro')}</p>
      {bodies.error && (
        <p className="alert alert--danger" role="alert">
          {errorText(bodies.error)}
        </p>
      )}
      <div className="body-list">
        {bodies.data?.map((summary) => (
          <BodyCard key={summary.key} summary={summary} />
        ))}
      </div>
      {accessOf(user, council)('council.manage') && (
        <section className="card">
          <NewBodyForm admin={admin} />
        </section>
      )}
    </main>
  );
}
