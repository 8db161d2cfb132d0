import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useT } from '../../../i18n/i18n';

type BodyFilterFieldProps = {
  councilName: string;
  /** '' = the Rat (the server's default). */
  value: string;
  onChange: (value: string) => void;
};

/**
 * The body a list or the history counts: the Rat or a committee. Shown only when there are other
 * bodies; a server without the bodies list (404) leaves the Rat alone.
 */
export function BodyFilterField({ councilName, value, onChange }: BodyFilterFieldProps) {
  const { t } = useT();
  const bodies = useQuery({ queryKey: queryKeys.bodies, queryFn: api.bodies, retry: false });
  const others = (bodies.data ?? []).filter((body) => body.kind !== 'council');
  if (others.length === 0) return null;
  return (
    <label className="field">
      <span>{t('path.filterBody')}</span>
      <select name="body" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{councilName}</option>
        {others.map((body) => (
          <option key={body.key} value={body.key}>
            {body.name}
          </option>
        ))}
      </select>
    </label>
  );
}
