import { MEMBER_WHIP_VOTES, type MemberView, type MemberWhipVote } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

type Vote = MemberWhipVote;

type MemberOverridesProps = {
  members: MemberView[];
  votes: Record<number, Vote>;
  disabled: boolean;
  onChange: (memberId: number, vote: Vote | '') => void;
};

/** Members deviating from the group line or absent, behind a disclosure. */
export function MemberOverrides({ members, votes, disabled, onChange }: MemberOverridesProps) {
  const { t } = useT();
  const count = members.filter((member) => votes[member.id] !== undefined).length;
  return (
    <details className="member-overrides">
      <summary>{t('whip.members', { count })}</summary>
      {members.length === 0 && <p className="muted">{t('whip.noMembers')}</p>}
      <ul>
        {members.map((member) => (
          <li key={member.id}>
            <label>
              <span>{member.name}</span>
              <select
                value={votes[member.id] ?? ''}
                disabled={disabled}
                onChange={(event) => onChange(member.id, event.currentTarget.value as Vote | '')}
              >
                <option value="">{t('whip.memberLine')}</option>
                {MEMBER_WHIP_VOTES.map((vote) => (
                  <option key={vote} value={vote}>
                    {vote === 'absent' ? t('whip.memberAbsent') : t(`whip.stance.${vote}`)}
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
