import { ROLES, type AuditEntryView, type Role } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { auditLines } from '../utils/audit-lines';

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * The entries, newest first. Each cell carries its column name (`data-label`), so on a narrow
 * screen the rows become stacked cards without sideways scrolling (styles.css, .audit-table).
 */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t, formatDateTime } = useT();
  return (
    <table className="audit-table" data-testid="audit-table">
      <thead>
        <tr>
          <th scope="col">{t('audit.column.at')}</th>
          <th scope="col">{t('audit.column.actor')}</th>
          <th scope="col">{t('audit.column.what')}</th>
          <th scope="col">{t('audit.column.changes')}</th>
          <th scope="col">{t('audit.column.ip')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-entry" data-action={entry.action}>
            <td data-label={t('audit.column.at')}>{formatDateTime(entry.at)}</td>
            <td data-label={t('audit.column.actor')}>
              {entry.actor}
              {entry.role && (
                <small className="muted">
                  {' '}
                  ({isRole(entry.role) ? t(`admin.role.${entry.role}`) : entry.role})
                </small>
              )}
            </td>
            <td data-label={t('audit.column.what')}>
              {t(`audit.action.${entry.action}`)} · {t(`audit.entityType.${entry.entityType}`)}{' '}
              {entry.entityId}
            </td>
            <td data-label={t('audit.column.changes')}>
              <ul className="audit-table__changes">
                {auditLines(entry.before, entry.after).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </td>
            <td data-label={t('audit.column.ip')}>{entry.ip ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
