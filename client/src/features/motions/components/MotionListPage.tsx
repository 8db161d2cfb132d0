import { useCallback, useMemo, useState } from 'react';
import type { CouncilView, MotionView, UserView } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { excludedNames } from '../../council/model/council-groups';
import { useMotionList } from '../hooks/use-motion-list';
import { accessOf } from '../../../app/access';
import { EMPTY_FILTERS, policyAreasOf, toListQuery } from '../utils/motion-filters';
import { MotionFilters } from './MotionFilters';
import { MotionListItem } from './MotionListItem';
import { NewMotionForm } from './NewMotionForm';

type MotionListPageProps = { council: CouncilView; user: UserView };

/** Anträge: search, filters, the live list and (for managers) "Neuer Antrag". */
export function MotionListPage({ council, user }: MotionListPageProps) {
  const i18n = useT();
  const { t } = i18n;
  const [filters, setFilters] = useState(EMPTY_FILTERS);
  const [creating, setCreating] = useState(false);
  const query = useMemo(() => toListQuery(filters), [filters]);
  const list = useMotionList(query);
  const excluded = excludedNames(council);
  const policyAreas = useMemo(() => policyAreasOf(list.motions ?? []), [list.motions]);
  const onCreated = useCallback((motion: MotionView) => {
    window.location.hash = hrefOf({ page: 'motion', motionId: motion.id });
  }, []);

  return (
    <main
      className="page motions-page"
      data-testid="motion-list"
      data-live={list.live ? 'joined' : 'pending'}
    >
      <div className="page__head">
        <h1>{t('motions.title')}</h1>
        {accessOf(user, council)('motions.write') && !creating && (
          <button type="button" className="button--primary" onClick={() => setCreating(true)}>
            {t('motions.new')}
          </button>
        )}
      </div>
      {creating && (
        <NewMotionForm
          council={council}
          policyAreas={policyAreas}
          onCreated={onCreated}
          onCancel={() => setCreating(false)}
        />
      )}
      <section className="card" aria-label={t('motions.filter.title')}>
        <MotionFilters
          council={council}
          filters={filters}
          policyAreas={policyAreas}
          onChange={setFilters}
        />
      </section>
      {list.error && (
        <p className="alert alert--danger">{t('motions.loadError', { message: list.error })}</p>
      )}
      {!list.motions && !list.error && <p className="muted">{t('motions.loading')}</p>}
      {list.motions && (
        <section className="card" aria-labelledby="motions-count">
          <p id="motions-count" className="muted">
            {i18n.tCount('motions.count', list.motions.length)}
          </p>
          {list.motions.length === 0 ? (
            <p>{t('motions.empty')}</p>
          ) : (
            <ul className="motion-list">
              {list.motions.map((motion) => (
                <MotionListItem
                  key={motion.id}
                  motion={motion}
                  council={council}
                  excluded={excluded}
                />
              ))}
            </ul>
          )}
        </section>
      )}
    </main>
  );
}
