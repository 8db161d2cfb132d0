import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';

/**
 * A titled card around one chart (with a test id for the browser tests). Without data it says
 * so in words instead of drawing bare axes.
 */
export function ChartCard({
  title,
  testId,
  empty,
  emptyText,
  children,
}: {
  title: string;
  testId: string;
  empty: boolean;
  /** Why there is nothing to draw, when it is more than "no votes in the period". */
  emptyText?: string;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <figure className="card chart-card" data-testid={testId} data-empty={empty ? 'yes' : 'no'}>
      <figcaption>
        <h2>{title}</h2>
      </figcaption>
      {empty ? (
        <p className="chart-card__empty" data-testid="chart-empty">
          {emptyText ?? t('historyPage.chart.empty')}
        </p>
      ) : (
        children
      )}
    </figure>
  );
}
