import type { CSSProperties } from 'react';
import type { CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages.de';
import { groupStatus, groupsInChartOrder } from '../model/council-groups';
import type { GroupStatus } from '../model/council-groups';

const statusKey: Record<GroupStatus, MessageKey> = {
  coalition: 'council.status.coalition',
  excluded: 'council.status.excluded',
  democratic: 'council.status.democratic',
};

const CONFIDENCE_WORDS = ['estimated', 'confirmed', 'entered'] as const;
type ConfidenceWord = (typeof CONFIDENCE_WORDS)[number];

/** Translates the leading word of a seed confidence ("estimated (…)"); the note stays as entered. */
function confidenceLabel(raw: string, t: (key: MessageKey) => string): string {
  const match = /^(\w+)(.*)$/s.exec(raw);
  const word = match?.[1] as ConfidenceWord | undefined;
  if (!match || !word || !CONFIDENCE_WORDS.includes(word)) return raw;
  return `${t(`council.confidence.${word}`)}${match[2]}`;
}

function isLink(source: string | null): source is string {
  return source !== null && /^https?:\/\//.test(source);
}

/** Groups with seats, status and how sure the seat figure is. */
export function GroupTable({ council }: { council: CouncilView }) {
  const { t, formatNumber } = useT();
  const groups = groupsInChartOrder(council);
  return (
    <div className="table-scroll">
      <table className="group-table" data-testid="group-table">
        <thead>
          <tr>
            <th scope="col">{t('council.col.group')}</th>
            <th scope="col" className="num">
              {t('council.col.seats')}
            </th>
            <th scope="col">{t('council.col.status')}</th>
            <th scope="col">{t('council.col.confidence')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => {
            const status = groupStatus(group);
            const { source, confidence } = group.seatsSource;
            return (
              <tr key={group.key} data-testid="group-row" data-group={group.key}>
                <th scope="row">
                  <span className="group-name">
                    <span
                      className={group.excluded ? 'swatch swatch--hatched' : 'swatch'}
                      style={{ '--swatch': group.color } as CSSProperties}
                      aria-hidden="true"
                    />
                    <span>{group.name}</span>
                  </span>
                </th>
                <td className="num">{formatNumber(group.seats)}</td>
                <td>
                  <span className={`status status--${status}`}>{t(statusKey[status])}</span>
                </td>
                <td className="confidence">
                  {confidenceLabel(confidence, t)}
                  {isLink(source) && (
                    <>
                      {' · '}
                      <a href={source} target="_blank" rel="noreferrer noopener">
                        {t('council.source')}
                      </a>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('council.total')}</th>
            <td className="num">{formatNumber(council.seats)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
