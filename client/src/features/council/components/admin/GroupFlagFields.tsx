import { useT } from '../../../../i18n/i18n';

export type GroupFlags = { excluded: boolean; coalition: boolean };

type GroupFlagFieldsProps = { flags: GroupFlags; onChange: (change: Partial<GroupFlags>) => void };

/** The two council settings of a group as checkboxes: excluded (firewall) and coalition. */
export function GroupFlagFields({ flags, onChange }: GroupFlagFieldsProps) {
  const { t } = useT();
  return (
    <div className="group-edit__flags">
      <label className="check">
        <input
          type="checkbox"
          name="excluded"
          checked={flags.excluded}
          onChange={(event) => onChange({ excluded: event.currentTarget.checked })}
        />
        {t('councilAdmin.excluded')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          name="coalition"
          checked={flags.coalition}
          onChange={(event) => onChange({ coalition: event.currentTarget.checked })}
        />
        {t('councilAdmin.coalition')}
      </label>
    </div>
  );
}
