import { useEffect } from 'react';
import type { CSSProperties } from 'react';
import { CONFIDENCES, STANCES, VOTE_OPTIONS } from '@mehrheitsplaner/shared';
import type {
  Confidence,
  MemberView,
  Stance,
  WhipEntryRequest,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useWhipRow } from '../hooks/use-whip-row';
import { countOf, withMemberVote } from '../utils/whip-draft';
import type { WhipDraft } from '../utils/whip-draft';
import { seatAccount, withRemainder } from '../utils/whip-seats';
import { MemberOverrides } from './MemberOverrides';
import { PartnerNotes } from './PartnerNotes';
import { SplitRemainder, seatProblem } from './SplitRemainder';
import { WhipRowStatus } from './WhipRowStatus';

type WhipRowEditorProps = {
  entry: WhipEntryView;
  name: string;
  seats: number;
  color: string | null;
  members: MemberView[];
  readOnly: boolean;
  pivotal: boolean;
  /** The author key of the user's own notes (their group, or ADMIN). */
  ownNoteAuthor: string;
  noteAuthor: (authorGroupKey: string) => string;
  saveWhip: (groupKey: string, body: WhipEntryRequest) => Promise<WhipEntryView>;
  reloadWhip: (groupKey: string) => Promise<WhipEntryView | undefined>;
  /** Tells the editor whether this row has unsaved changes (the leave warning). */
  onDirtyChange: (groupKey: string, dirty: boolean) => void;
};

/** One group's whip entry: stance, confidence, absences, split, note, contact, member overrides. */
export function WhipRowEditor(props: WhipRowEditorProps) {
  const { entry, name, seats, color, members, readOnly, pivotal } = props;
  const i18n = useT();
  const { t, tCount } = i18n;
  const row = useWhipRow(entry, props.saveWhip, props.reloadWhip);
  const { draft, change } = row;
  const set = (patch: Partial<WhipDraft>) => change((d) => ({ ...d, ...patch }));
  const disabled = readOnly || row.state.kind === 'saving';
  const label = (text: string) => `${text} ${name}`;
  const account = seatAccount(draft, seats);
  const blocked = row.dirty ? seatProblem(i18n, account) : null;
  const { onDirtyChange } = props;
  useEffect(() => {
    onDirtyChange(entry.groupKey, row.dirty);
  }, [onDirtyChange, entry.groupKey, row.dirty]);
  useEffect(() => () => onDirtyChange(entry.groupKey, false), [onDirtyChange, entry.groupKey]);
  return (
    <li
      className={`whip-row${pivotal ? ' is-pivotal' : ''}`}
      data-testid="whip-row"
      data-group={entry.groupKey}
      data-version={entry.version}
      data-stance={entry.stance}
    >
      <div className="whip-row__head">
        <span
          className={color ? 'swatch' : 'swatch swatch--mayor'}
          style={color ? ({ '--swatch': color } as CSSProperties) : undefined}
          aria-hidden="true"
        />
        <strong>{name}</strong>
        <span className="muted-inline">{tCount('whip.seats', seats)}</span>
        {pivotal && <span className="badge badge--pivotal">{t('calc.pivotal')}</span>}
      </div>
      <div className="whip-row__fields">
        <label className="field">
          <span>{t('whip.stance')}</span>
          <select
            name="stance"
            aria-label={label(t('whip.stance'))}
            value={draft.stance}
            disabled={disabled}
            onChange={(e) => set({ stance: e.currentTarget.value as Stance })}
          >
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(`whip.stance.${stance}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('whip.confidence')}</span>
          <select
            name="confidence"
            aria-label={label(t('whip.confidence'))}
            value={draft.confidence}
            disabled={disabled}
            onChange={(e) => set({ confidence: e.currentTarget.value as Confidence })}
          >
            {CONFIDENCES.map((confidence) => (
              <option key={confidence} value={confidence}>
                {t(`whip.confidence.${confidence}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--count">
          <span>{t('whip.absent')}</span>
          <input
            name="absent"
            type="number"
            inputMode="numeric"
            min={0}
            max={seats}
            value={draft.absent}
            disabled={disabled}
            onChange={(e) => set({ absent: countOf(e.currentTarget.valueAsNumber) })}
          />
        </label>
        {draft.stance === 'split' &&
          VOTE_OPTIONS.map((key) => (
            <label key={key} className="field field--count">
              <span>{t(`whip.stance.${key}`)}</span>
              <input
                name={`split-${key}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={seats}
                value={draft.split[key]}
                disabled={disabled}
                onChange={(e) =>
                  set({ split: { ...draft.split, [key]: countOf(e.currentTarget.valueAsNumber) } })
                }
              />
            </label>
          ))}
        {(!readOnly || draft.contact) && (
          <label className="field whip-row__contact">
            <span>{t('whip.contact')}</span>
            <input
              name="contact"
              value={draft.contact}
              disabled={disabled}
              onChange={(e) => set({ contact: e.currentTarget.value })}
            />
          </label>
        )}
        {(!readOnly || draft.note) && (
          <div className="whip-row__note">
            <label className="field">
              <span>{t('whip.note')}</span>
              <textarea
                name="note"
                rows={1}
                value={draft.note}
                disabled={disabled}
                onChange={(e) => set({ note: e.currentTarget.value })}
              />
            </label>
            <label className="check">
              <input
                type="checkbox"
                name="noteInternal"
                checked={draft.noteInternal}
                disabled={disabled}
                onChange={(e) => set({ noteInternal: e.currentTarget.checked })}
              />
              <span>{t('whip.noteInternal')}</span>
            </label>
          </div>
        )}
      </div>
      {!readOnly && row.dirty && (
        <SplitRemainder
          account={account}
          problem={blocked}
          disabled={disabled}
          assign={(target) => change((d) => withRemainder(d, seats, target))}
        />
      )}
      <PartnerNotes
        notes={entry.notes}
        ownAuthor={props.ownNoteAuthor}
        noteAuthor={props.noteAuthor}
      />
      {members.length > 0 && (
        <MemberOverrides
          members={members}
          votes={draft.members}
          disabled={disabled}
          onChange={(memberId, vote) => change((d) => withMemberVote(d, memberId, vote))}
        />
      )}
      <WhipRowStatus entry={entry} row={row} readOnly={readOnly} blocked={blocked} />
    </li>
  );
}
