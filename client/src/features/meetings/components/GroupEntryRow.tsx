import { useState } from 'react';
import type { DraftEntryRequest, MemberView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { COUNT_FIELDS, LINE_VOTES, lineEntry, sumOf } from '../utils/live-entry';
import type { RowSource } from '../utils/live-entry';
import { MemberDeviations } from './MemberDeviations';

type GroupEntryRowProps = {
  groupKey: string;
  name: string;
  color: string;
  seats: number;
  entry: DraftEntryRequest;
  source: RowSource;
  canEdit: boolean;
  members: MemberView[];
  /** Saves the group's entry at once (the draft keeps one entry per group). */
  onEnter: (entry: DraftEntryRequest) => Promise<boolean>;
};

/**
 * One group's Ja/Nein/Enthaltung/abwesend in the live entry. Every change saves itself: the
 * "alle …" buttons and a member's deviation at once, typed counts when they add up to the seats.
 */
export function GroupEntryRow(props: GroupEntryRowProps) {
  const { groupKey, name, color, seats, entry, source, canEdit, members, onEnter } = props;
  const { t, formatNumber } = useT();
  const [counts, setCounts] = useState(entry);
  const [busy, setBusy] = useState(false);
  // A new entry from the draft (own save or another manager's) replaces what is shown; React's
  // pattern for state that follows a prop, so an open deviation list stays open.
  const entryKey = JSON.stringify(entry);
  const [shownKey, setShownKey] = useState(entryKey);
  if (shownKey !== entryKey) {
    setShownKey(entryKey);
    setCounts(entry);
  }
  const sum = sumOf(counts);
  const typed = JSON.stringify(counts) !== entryKey;
  const save = (next: DraftEntryRequest) => {
    setCounts(next);
    setBusy(true);
    void onEnter(next)
      .then((saved) => {
        if (!saved) setCounts(entry);
      })
      .finally(() => setBusy(false));
  };
  const nameOf = (text: string) => `${text} ${name}`;
  return (
    <div
      className={`entry-row entry-row--${source}`}
      data-testid="entry-row"
      data-group={groupKey}
      data-entered={source === 'entered' ? 'yes' : 'no'}
      data-source={source}
      aria-busy={busy}
    >
      <div className="entry-row__head">
        <span className="swatch" style={{ background: color }} aria-hidden="true" />
        <strong>{name}</strong>
        <span className={sum === seats || !typed ? 'muted-inline' : 'entry-row__sum--bad'}>
          {t('meetings.sum', { sum: formatNumber(sum), seats: formatNumber(seats) })}
        </span>
        <span className={`entry-source entry-source--${source}`} data-testid="entry-source">
          {t(`meetings.source.${source}`)}
        </span>
      </div>
      {canEdit && (
        <div className="entry-row__lines" role="group" aria-label={nameOf(t('meetings.lineFor'))}>
          {LINE_VOTES.map((vote) => (
            <button
              key={vote}
              type="button"
              className={`line-button line-button--${vote}`}
              data-testid={`line-${vote}`}
              disabled={busy}
              aria-label={nameOf(t(`meetings.all.${vote}`))}
              onClick={() => save(lineEntry(groupKey, seats, vote, counts.deviations))}
            >
              {t(`meetings.all.${vote}`)}
            </button>
          ))}
          {source === 'whip' && (
            <button
              type="button"
              className="button--ghost"
              data-testid="take-whip"
              disabled={busy}
              aria-label={nameOf(t('meetings.takeWhipRow'))}
              onClick={() => save(entry)}
            >
              {t('meetings.takeWhipRow')}
            </button>
          )}
        </div>
      )}
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
              aria-label={nameOf(t(`verdict.${field}Count`))}
              value={counts[field]}
              readOnly={!canEdit}
              onChange={(e) =>
                setCounts({
                  ...counts,
                  [field]: Math.max(0, Math.trunc(Number(e.currentTarget.value) || 0)),
                })
              }
              onBlur={() => {
                if (canEdit && typed && sum === seats) save(counts);
              }}
            />
          </label>
        ))}
      </div>
      {canEdit && typed && sum !== seats && (
        <p className="entry-row__hint" role="status">
          {t('meetings.sumHint', { seats: formatNumber(seats) })}
        </p>
      )}
      {canEdit && members.length > 0 && (
        <MemberDeviations
          entry={counts}
          members={members}
          disabled={busy}
          onChange={(next) => save(next)}
          groupName={name}
        />
      )}
    </div>
  );
}
