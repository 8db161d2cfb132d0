import { useEffect, useMemo, useRef, useState } from 'react';
import { MAYOR_KEY, mayorVotesInCouncil } from '@mehrheitsplaner/shared';
import type {
  AgendaItemView,
  CouncilView,
  DraftEntryRequest,
  MemberView,
} from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { useErrorText } from '../../../i18n/use-error-text';
import type { NoteReader } from '../../live/utils/cache-merge';
import { excludedNames, groupsInChartOrder } from '../../council/model/council-groups';
import { groupNamer } from '../../motions/utils/motion-access';
import { useItemMotion } from '../hooks/use-item-motion';
import type { MeetingData } from '../hooks/use-meeting';
import { pendingPrefill, prefilledEntries, rowEntry } from '../utils/live-entry';
import { CloseVoteDialog } from './CloseVoteDialog';
import { GroupEntryRow } from './GroupEntryRow';
import { RunningTally } from './RunningTally';

type LiveEntryPanelProps = {
  item: AgendaItemView;
  position: number;
  count: number;
  council: CouncilView;
  members: MemberView[];
  canEdit: boolean;
  data: MeetingData;
  /** Whose notes the viewer may read (the whip count is shared with the motion's screen). */
  mayRead: NoteReader;
};

/** The current agenda item: step through, enter each group's vote, watch the tally, close. */
export function LiveEntryPanel(props: LiveEntryPanelProps) {
  const { item, position, count, council, members, canEdit, data, mayRead } = props;
  const { t, tCount } = useT();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const { motion, whip } = useItemMotion(item.motionId, mayRead);
  const prefill = useMemo(
    () => (motion ? prefilledEntries(council, members, motion, whip) : []),
    [council, members, motion, whip],
  );
  const nameOf = groupNamer(council, t('whip.mayor'));
  const rows = [
    ...groupsInChartOrder(council).map((g) => ({ key: g.key, color: g.color, seats: g.seats })),
    ...(mayorVotesInCouncil(council.mayorVotes, council.mayor !== null)
      ? [{ key: MAYOR_KEY, color: '#1f2a44', seats: 1 }]
      : []),
  ];
  const [confirming, setConfirming] = useState(false);
  const [taking, setTaking] = useState(false);
  const recorded = item.voteId !== null;
  const fail = (reason: unknown) => setError(errorText(reason));
  const enter = (entry: DraftEntryRequest) => {
    setError(null);
    return data.enter(entry).then(
      () => true,
      (reason: unknown) => {
        fail(reason);
        return false;
      },
    );
  };
  const pending = pendingPrefill(data.draft, prefill);
  // The latest draft while the whip is taken row by row: a group another manager entered
  // meanwhile keeps that entry.
  const latestDraft = useRef(data.draft);
  useEffect(() => {
    latestDraft.current = data.draft;
  });
  const takeWhip = async () => {
    setTaking(true);
    for (const entry of pending) {
      if (pendingPrefill(latestDraft.current, [entry]).length === 0) continue;
      if (!(await enter(entry))) break;
    }
    setTaking(false);
  };
  const entered = new Set(data.draft?.entries.map((entry) => entry.groupKey) ?? []);
  const missing = rows.filter((row) => !entered.has(row.key)).map((row) => nameOf(row.key));
  const close = (missingAbsent: boolean) => {
    setConfirming(false);
    setError(null);
    data.close(missingAbsent).catch(fail);
  };
  return (
    <section className="card live-entry" data-testid="live-entry" data-item={item.id}>
      <div className="live-entry__nav">
        <button type="button" onClick={() => data.step(-1)} disabled={position === 0}>
          ← {t('meetings.previous')}
        </button>
        <span className="muted-inline">
          {t('meetings.itemOf', { position: position + 1, count })}
        </span>
        <button type="button" onClick={() => data.step(1)} disabled={position >= count - 1}>
          {t('meetings.next')} →
        </button>
      </div>
      <h2 data-testid="live-item-title">{item.motion?.title ?? item.name}</h2>
      {item.motionId !== null && (
        <p>
          <a href={hrefOf({ page: 'motion', motionId: item.motionId })}>
            {t('meetings.openMotion')}
          </a>
          {item.motion && (
            <span
              className={`motion-status motion-status--${item.motion.status}`}
              data-testid="live-item-status"
            >
              {t(`motion.status.${item.motion.status}`)}
            </span>
          )}
        </p>
      )}
      {item.motionId === null && <p className="muted">{t('meetings.itemWithoutMotion')}</p>}
      {recorded && (
        <p className="alert alert--ok" data-testid="live-recorded">
          {t('meetings.recorded')}
        </p>
      )}
      {item.motionId !== null && !recorded && (
        <>
          <RunningTally draft={data.draft} excluded={excludedNames(council)} nameOf={nameOf} />
          {canEdit && pending.length > 0 && (
            <div className="live-entry__take">
              <button
                type="button"
                data-testid="take-whip-all"
                disabled={taking}
                onClick={() => void takeWhip()}
              >
                {t('meetings.takeWhip')}
              </button>
              <span className="muted-inline">
                {tCount('meetings.takeWhipCount', pending.length)}
              </span>
            </div>
          )}
          <div className="entry-rows">
            {rows.map((row) => {
              const { entry, source } = rowEntry(row.key, data.draft, prefill);
              return (
                <GroupEntryRow
                  key={row.key}
                  groupKey={row.key}
                  name={nameOf(row.key)}
                  color={row.color}
                  seats={row.seats}
                  entry={entry}
                  source={source}
                  canEdit={canEdit}
                  members={members.filter((m) => m.groupKey === row.key && !m.isMayor)}
                  onEnter={enter}
                />
              );
            })}
          </div>
          {canEdit && (
            <button
              type="button"
              className="button--primary"
              data-testid="close-vote"
              onClick={() => (missing.length > 0 ? setConfirming(true) : close(false))}
            >
              {t('meetings.close')}
            </button>
          )}
          {confirming && (
            <CloseVoteDialog
              missing={missing}
              onConfirm={() => close(true)}
              onCancel={() => setConfirming(false)}
            />
          )}
        </>
      )}
      {error && (
        <p className="alert alert--danger" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
