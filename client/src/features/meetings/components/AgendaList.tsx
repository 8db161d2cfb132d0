import type { AgendaItemView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

type AgendaListProps = {
  items: AgendaItemView[];
  index: number;
  select: (index: number) => void;
};

/** The agenda (Tagesordnung); the current item is marked, a recorded one shows its status. */
export function AgendaList({ items, index, select }: AgendaListProps) {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('meetings.agenda')}</h2>
      <ol className="agenda" data-testid="agenda">
        {items.map((item, position) => (
          <li key={item.id}>
            <button
              type="button"
              className="agenda__item"
              aria-current={position === index ? 'step' : undefined}
              onClick={() => select(position)}
            >
              <span className="agenda__number">{item.number ?? position + 1}</span>
              <span className="agenda__name">{item.motion?.title ?? item.name}</span>
              {item.motion && (
                <span className={`motion-status motion-status--${item.motion.status}`}>
                  {t(`motion.status.${item.motion.status}`)}
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
