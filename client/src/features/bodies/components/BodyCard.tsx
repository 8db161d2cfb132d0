import type { BodySummary } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { useBody } from '../hooks/use-bodies';
import { BodySeats } from './BodySeats';

/** One body in the list: its name (a link to its page), kind and seats per group. */
export function BodyCard({ summary }: { summary: BodySummary }) {
  const { t } = useT();
  const body = useBody(summary.key);
  const headingId = `body-${summary.key}`;
  return (
    <section className="card body-card" aria-labelledby={headingId} data-testid="body-card">
      <h2 id={headingId}>
        <a href={hrefOf({ page: 'body', bodyKey: summary.key })}>{summary.name}</a>
      </h2>
      <p className="muted">
        {t(`bodies.kind.${summary.kind}`)} · {summary.key}
      </p>
      {body.data ? <BodySeats body={body.data} /> : <p className="muted">{t('app.loading')}</p>}
    </section>
  );
}
