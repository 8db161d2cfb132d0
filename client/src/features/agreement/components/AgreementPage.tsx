import { useMemo } from 'react';
import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useAgreement } from '../hooks/use-agreement';
import { ChapterCard } from './ChapterCard';
import { PledgeProgressBars } from './PledgeProgressBars';

/** "Koalitionsvertrag": per chapter, which pledges have motions, which passed, with whom. */
export function AgreementPage({ council }: { council: CouncilView; user: UserView }) {
  const { t } = useT();
  const { progress, pledges, motions, error } = useAgreement();
  const pledgeMap = useMemo(() => new Map(pledges.map((p) => [p.id, p])), [pledges]);
  const motionMap = useMemo(() => new Map(motions.map((m) => [m.id, m])), [motions]);
  const totals = useMemo(
    () =>
      (progress ?? []).reduce(
        (sum, c) => ({
          pledges: sum.pledges + c.pledges,
          withMotions: sum.withMotions + c.withMotions,
          adopted: sum.adopted + c.adopted,
        }),
        { pledges: 0, withMotions: 0, adopted: 0 },
      ),
    [progress],
  );
  return (
    <main className="page" data-testid="agreement-page">
      <div className="page__head">
        <h1>{t('agreement.title')}</h1>
      </div>
      {error && (
        <p className="alert alert--danger">{t('agreement.loadError', { message: error })}</p>
      )}
      {progress && (
        <section className="card" aria-label={t('agreement.total')}>
          <h2>{t('agreement.total')}</h2>
          <PledgeProgressBars {...totals} />
        </section>
      )}
      <div className="chapter-grid">
        {progress?.map((chapter) => (
          <ChapterCard
            key={chapter.chapterKey}
            chapter={chapter}
            council={council}
            pledges={pledgeMap}
            motions={motionMap}
          />
        ))}
      </div>
    </main>
  );
}
