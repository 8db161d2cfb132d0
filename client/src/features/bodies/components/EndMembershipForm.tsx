import { useState } from 'react';
import type { BodyMemberView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useAction } from '../../council/hooks/use-action';
import { localDay } from '../../council/utils/local-day';
import type { BodiesAdmin } from '../hooks/use-bodies';

type EndMembershipFormProps = { bodyKey: string; member: BodyMemberView; admin: BodiesAdmin };

/** Ends a seat: the date is its last day; from the day after, the group's seats follow. */
export function EndMembershipForm({ bodyKey, member, admin }: EndMembershipFormProps) {
  const { t } = useT();
  const [to, setTo] = useState(localDay);
  const end = useAction(admin.patchMember, admin.reload);
  return (
    <form
      className="end-membership"
      data-testid="end-membership"
      onSubmit={(event) => {
        event.preventDefault();
        void end.run(bodyKey, member.id, { to, version: member.version });
      }}
    >
      <label className="field">
        <span>{t('bodies.lastDay')}</span>
        <input
          type="date"
          name="to"
          required
          min={member.from}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
        />
      </label>
      <button
        type="submit"
        disabled={end.busy}
        aria-label={t('bodies.endOf', { name: member.name })}
      >
        {t('bodies.end')}
      </button>
      {end.error && (
        <p className="alert alert--danger" role="alert">
          {end.error}
        </p>
      )}
    </form>
  );
}
