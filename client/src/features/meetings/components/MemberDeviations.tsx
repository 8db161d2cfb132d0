import { useState } from 'react';
import { BALLOT_VOTES } from '@mehrheitsplaner/shared';
import type { BallotVote, DraftEntryRequest, MemberView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { withDeviation } from '../utils/live-entry';

type MemberDeviationsProps = {
  entry: DraftEntryRequest;
  members: MemberView[];
  groupName: string;
  disabled: boolean;
  onChange: (entry: DraftEntryRequest) => void;
};

/** Members voting differently from their group (or absent): each choice saves the row at once. */
export function MemberDeviations({
  entry,
  members,
  groupName,
  disabled,
  onChange,
}: MemberDeviationsProps) {
  const { t } = useT();
  const [refused, setRefused] = useState(false);
  const deviations = entry.deviations ?? [];
  return (
    <details className="member-overrides" data-testid="member-deviations">
      <summary>{t('meetings.deviations', { count: deviations.length })}</summary>
      {refused && (
        <p className="entry-row__hint" role="alert">
          {t('meetings.deviationNeedsLine')}
        </p>
      )}
      <ul>
        {members.map((member) => (
          <li key={member.id}>
            <label>
              <span>{member.name}</span>
              <select
                name={`deviation-${member.id}`}
                aria-label={t('meetings.deviationLabel', { member: member.name, group: groupName })}
                value={deviations.find((d) => d.memberId === member.id)?.vote ?? ''}
                disabled={disabled}
                onChange={(e) => {
                  const next = withDeviation(
                    entry,
                    member.id,
                    e.currentTarget.value as BallotVote | '',
                  );
                  setRefused(next === null);
                  if (next) onChange(next);
                }}
              >
                <option value="">{t('whip.memberLine')}</option>
                {BALLOT_VOTES.map((vote) => (
                  <option key={vote} value={vote}>
                    {t(`meetings.ballot.${vote}`)}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
