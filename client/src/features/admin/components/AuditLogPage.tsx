import { useState } from 'react';
import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { accessOf } from '../../../app/access';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { useAuditLog } from '../hooks/use-audit-log';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';

const PAGE_SIZE = 50;

type AuditLogPageProps = { council: CouncilView; user: UserView };

/** "Protokoll" (admins only, under Verwaltung): every change, filtered and paged. */
export function AuditLogPage({ council, user }: AuditLogPageProps) {
  const { t } = useT();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [offset, setOffset] = useState(0);
  const allowed = accessOf(user, council)('audit.read');
  const { page, error, loading } = useAuditLog({ ...filters, limit: PAGE_SIZE, offset }, allowed);
  if (!allowed) {
    return (
      <main className="state">
        <p className="alert alert--warning">{t('admin.forbidden')}</p>
      </main>
    );
  }
  const total = page?.total ?? 0;
  return (
    <main className="page" data-testid="audit-page">
      <div className="page__head">
        <h1>{t('audit.title')}</h1>
        <a href={hrefOf({ page: 'admin' })}>{t('audit.back')}</a>
      </div>
      <section className="card">
        <p className="muted">{t('audit.intro')}</p>
        <AuditFilters
          onApply={(next) => {
            setFilters(next);
            setOffset(0);
          }}
        />
      </section>
      <section className="card" aria-busy={loading}>
        {error && <p className="alert alert--danger">{error}</p>}
        {page && page.entries.length === 0 && <p className="muted">{t('audit.empty')}</p>}
        {page && page.entries.length > 0 && (
          <>
            <p className="muted" data-testid="audit-range">
              {t('audit.range', {
                first: offset + 1,
                last: offset + page.entries.length,
                total,
              })}
            </p>
            <AuditTable entries={page.entries} />
            <div className="form-actions">
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
              >
                {t('audit.newer')}
              </button>
              <button
                type="button"
                disabled={offset + PAGE_SIZE >= total}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                {t('audit.older')}
              </button>
            </div>
          </>
        )}
      </section>
    </main>
  );
}
