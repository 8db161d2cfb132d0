import type { ReactNode } from 'react';

/** A titled card around one chart (with a test id for the browser tests). */
export function ChartCard({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <figure className="card chart-card" data-testid={testId}>
      <figcaption>
        <h2>{title}</h2>
      </figcaption>
      {children}
    </figure>
  );
}
