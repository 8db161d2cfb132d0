import { useState } from 'react';
import type {
  BallotVote,
  DraftDeviation,
  DraftEntryRequest,
  MemberView,
} from '@mehrheitsplaner/shared';
import { BALLOT_VOTES } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { COUNT_FIELDS, sumOf } from '../utils/live-entry';

type GroupEntryRowProps = {
  groupKey: string;
  name: string;
  color: string;
  seats: number;
  entry: DraftEntryRequest;
  entered: boolean;
  canEdit: boolean;
  members: MemberView[];
  onEnter: (entry: DraftEntryRequest) => Promise<void>;
};

/** One group's Ja/Nein/Enthaltung/abwesend counts (and deviating members) in the live entry. */
export function GroupEntryRow(props: GroupEntryRowProps) {
  const { groupKey, name, color, seats, entry, entered, canEdit, members, onEnter } = props;
  const { t, formatNumber } = useT();
  const [counts, setCounts] = useState(entry);
  const [deviations, setDeviations] = useState<DraftDeviation[]>(entry.deviations ?? []);
  const [busy, setBusy] = useState(false);
  const sum = sumOf(counts);
  const setDeviation = (memberId: number, vote: BallotVote | '') =>
    setDeviations((list) => [
      ...list.filter((d) => d.memberId !== memberId),
      ...(vote ? [{ memberId, vote }] : []),
    ]);
  return (
    <form
      className={`entry-row${entered ? ' entry-row--entered' : ''}`}
      data-testid="entry-row"
      data-group={groupKey}
      data-entered={entered ? 'yes' : 'no'}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void onEnter({ ...counts, groupKey, deviations }).finally(() => setBusy(false));
      }}
    >
      <div className="entry-row__head">
        <span className="swatch" style={{ background: color }} />
        <strong>{name}</strong>
        <span className={sum === seats ? 'muted-inline' : 'entry-row__sum--bad'}>
          {t('meetings.sum', { sum: formatNumber(sum), seats: formatNumber(seats) })}
        </span>
        <span className="muted-inline">
          {entered ? t('meetings.entered') : t('meetings.notEntered')}
        </span>
      </div>
      <div className="entry-row__counts">
        {COUNT_FIELDS.map((field) => (
          <label key={field} className={`field entry-count entry-count--${field}`}>
            <span>{t(`verdict.${field}Count`)}</span>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={seats}
              name={field}
              value={counts[field]}
              readOnly={!canEdit}
              onChange={(e) =>
                setCounts({ ...counts, [field]: Math.max(0, Number(e.currentTarget.value) || 0) })
              }
            />
          </label>
        ))}
        {canEdit && (
          <button
            type="submit"
            className="button--primary"
            disabled={busy}
            data-testid="enter-group"
          >
            {t('meetings.enter')}
          </button>
        )}
      </div>
      {canEdit && members.length > 0 && (
        <details className="member-overrides">
          <summary>{t('meetings.deviations', { count: deviations.length })}</summary>
          <ul>
            {members.map((member) => (
              <li key={member.id}>
                <label>
                  <span>{member.name}</span>
                  <select
                    value={deviations.find((d) => d.memberId === member.id)?.vote ?? ''}
                    onChange={(e) =>
                      setDeviation(member.id, e.currentTarget.value as BallotVote | '')
                    }
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
      )}
    </form>
  );
}
