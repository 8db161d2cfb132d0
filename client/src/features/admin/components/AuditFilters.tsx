import { useState } from 'react';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@mehrheitsplaner/shared';
import type { AuditAction, AuditEntityType, AuditQuery } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

export type AuditFilterValues = Pick<
  AuditQuery,
  'from' | 'to' | 'actor' | 'entityType' | 'entityId' | 'action'
>;

type AuditFiltersProps = { onApply: (filters: AuditFilterValues) => void };

const EMPTY = { from: '', to: '', actor: '', entityType: '', entityId: '', action: '' };

/** The log's filters: period, actor, kind of object, its id and the action. */
export function AuditFilters({ onApply }: AuditFiltersProps) {
  const { t } = useT();
  const [draft, setDraft] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY, value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const apply = (values: typeof EMPTY) =>
    onApply({
      from: values.from || undefined,
      to: values.to || undefined,
      actor: values.actor.trim() || undefined,
      entityType: (values.entityType || undefined) as AuditEntityType | undefined,
      entityId: values.entityId.trim() || undefined,
      action: (values.action || undefined) as AuditAction | undefined,
    });
  return (
    <form
      className="form-grid audit-filters"
      data-testid="audit-filters"
      onSubmit={(event) => {
        event.preventDefault();
        apply(draft);
      }}
    >
      <label className="field">
        <span>{t('audit.filter.from')}</span>
        <input
          type="date"
          value={draft.from}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('audit.filter.to')}</span>
        <input type="date" value={draft.to} onChange={(e) => set('to', e.currentTarget.value)} />
      </label>
      <label className="field">
        <span>{t('audit.filter.actor')}</span>
        <input value={draft.actor} onChange={(e) => set('actor', e.currentTarget.value)} />
      </label>
      <label className="field">
        <span>{t('audit.filter.entityType')}</span>
        <select value={draft.entityType} onChange={(e) => set('entityType', e.currentTarget.value)}>
          <option value="">{t('audit.filter.all')}</option>
          {AUDIT_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`audit.entityType.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('audit.filter.entityId')}</span>
        <input value={draft.entityId} onChange={(e) => set('entityId', e.currentTarget.value)} />
      </label>
      <label className="field">
        <span>{t('audit.filter.action')}</span>
        <select value={draft.action} onChange={(e) => set('action', e.currentTarget.value)}>
          <option value="">{t('audit.filter.all')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`audit.action.${action}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button type="submit" className="button--primary">
          {t('audit.filter.apply')}
        </button>
        <button
          type="button"
          className="button--ghost"
          onClick={() => {
            setDraft(EMPTY);
            apply(EMPTY);
          }}
        >
          {t('audit.filter.reset')}
        </button>
      </div>
    </form>
  );
}
