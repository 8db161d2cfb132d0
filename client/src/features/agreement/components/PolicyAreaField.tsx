import { useId } from 'react';
import { useT } from '../../../i18n/i18n';
import { useChapters } from '../hooks/use-chapters';

type PolicyAreaFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The empty option's text ("alle" in filters, "–" in forms). */
  anyLabel?: string;
  /** Suggestions while the agreement's chapters are not available (free text then). */
  fallbackAreas?: string[];
  disabled?: boolean;
};

/** The policy area: a select of the agreement's chapters, or free text until they load. */
export function PolicyAreaField({
  label,
  value,
  onChange,
  anyLabel,
  fallbackAreas = [],
  disabled,
}: PolicyAreaFieldProps) {
  const { t } = useT();
  const chapters = useChapters();
  const listId = useId();
  const titles = chapters?.map((chapter) => chapter.title) ?? [];
  return (
    <label className="field">
      <span>{label}</span>
      {chapters ? (
        <select
          name="policyArea"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="">{anyLabel ?? t('history.empty.value')}</option>
          {value && !titles.includes(value) && <option value={value}>{value}</option>}
          {titles.map((title) => (
            <option key={title} value={title}>
              {title}
            </option>
          ))}
        </select>
      ) : (
        <>
          <input
            name="policyArea"
            list={listId}
            value={value}
            disabled={disabled}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
          <datalist id={listId}>
            {fallbackAreas.map((area) => (
              <option key={area} value={area} />
            ))}
          </datalist>
        </>
      )}
    </label>
  );
}
