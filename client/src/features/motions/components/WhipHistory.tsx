import { useMemo } from 'react';
import type { WhipHistoryEntry } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { historyRows } from '../utils/whip-history';
import { historyValue } from '../utils/history-texts';

type WhipHistoryProps = { history: WhipHistoryEntry[]; nameOf: (key: string) => string };

/** Who changed which group's entry when, and what changed. */
export function WhipHistory({ history, nameOf }: WhipHistoryProps) {
  const i18n = useT();
  const { t, formatDateTime } = i18n;
  const rows = useMemo(() => historyRows(history), [history]);
  return (
    <section className="card whip-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {rows.length === 0 && <p className="muted">{t('history.empty')}</p>}
      {/* The list scrolls in its box: a tab stop, so the keyboard can scroll it too. */}
      <ol
        className="history"
        data-testid="whip-history"
        tabIndex={0}
        aria-labelledby="history-title"
      >
        {rows.map(({ entry, first, changes }) => (
          <li
            key={`${entry.groupKey}-${entry.version}`}
            className="history__item"
            data-group={entry.groupKey}
          >
            <div className="history__head">
              <strong>{nameOf(entry.groupKey)}</strong>{' '}
              <span className="muted">
                {t('history.entry', {
                  who: entry.changedBy,
                  when: formatDateTime(entry.changedAt),
                })}
              </span>
            </div>
            <ul className="history__changes">
              {first ? (
                <li>
                  {t('history.created', {
                    value: `${historyValue(i18n, 'stance', entry.stance)}, ${historyValue(i18n, 'confidence', entry.confidence)}`,
                  })}
                </li>
              ) : (
                changes.map((change) => (
                  <li key={change.field}>
                    {t('history.change', {
                      field: t(`history.field.${change.field}`),
                      from: historyValue(i18n, change.field, change.from),
                      to: historyValue(i18n, change.field, change.to),
                    })}
                  </li>
                ))
              )}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
