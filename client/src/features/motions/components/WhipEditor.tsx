import { useCallback, useEffect, useMemo, useRef } from 'react';
import { MAYOR_KEY } from '@mehrheitsplaner/shared';
import type {
  CouncilView,
  MemberView,
  WhipEntryRequest,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import { addNavigationGuard } from '../../../app/navigation-guard';
import { useT } from '../../../i18n/i18n';
import { noteAuthorNamer, whipOrder } from '../utils/motion-access';
import { WhipRowEditor } from './WhipRowEditor';

type WhipEditorProps = {
  council: CouncilView;
  members: MemberView[];
  entries: WhipEntryView[];
  /** Whose line the user may edit (the shared access table); every other row is read-only. */
  canWriteLine: (groupKey: string) => boolean;
  ownNoteAuthor: string;
  pivotalGroupKeys: string[];
  nameOf: (key: string) => string;
  saveWhip: (groupKey: string, body: WhipEntryRequest) => Promise<WhipEntryView>;
  reloadWhip: (groupKey: string) => Promise<WhipEntryView | undefined>;
};

/** One row per group plus the mayor; each row editable only where the user may write the line. */
export function WhipEditor(props: WhipEditorProps) {
  const { council, members, entries, canWriteLine, pivotalGroupKeys, nameOf } = props;
  const { t } = useT();
  const rows = useMemo(() => [...entries].sort(whipOrder(council)), [entries, council]);
  const groups = useMemo(
    () => new Map(council.groups.map((group) => [group.key, group])),
    [council],
  );
  const pivotal = new Set(pivotalGroupKeys);
  const readOnly = !rows.some((entry) => canWriteLine(entry.groupKey));
  const noteAuthor = noteAuthorNamer(nameOf, t('whip.noteByAdmin'));
  // Rows with unsaved changes: leaving the motion (a link, reload, closing the tab) asks first.
  const dirtyRows = useRef(new Set<string>());
  const onDirtyChange = useCallback((groupKey: string, dirty: boolean) => {
    if (dirty) dirtyRows.current.add(groupKey);
    else dirtyRows.current.delete(groupKey);
  }, []);
  const question = t('whip.leaveUnsaved');
  useEffect(
    () => addNavigationGuard(() => (dirtyRows.current.size > 0 ? question : null)),
    [question],
  );
  return (
    <section className="card whip-editor" aria-labelledby="whip-title" data-readonly={readOnly}>
      <h2 id="whip-title">{t('whip.title')}</h2>
      <p className="muted">{t('whip.intro')}</p>
      <ul className="whip-rows">
        {rows.map((entry) => {
          const group = groups.get(entry.groupKey);
          const isMayor = entry.groupKey === MAYOR_KEY;
          return (
            <WhipRowEditor
              key={entry.groupKey}
              entry={entry}
              name={nameOf(entry.groupKey)}
              seats={isMayor ? 1 : (group?.seats ?? 0)}
              color={group?.color ?? null}
              members={
                isMayor
                  ? []
                  : members.filter(
                      (member) => member.groupKey === entry.groupKey && !member.isMayor,
                    )
              }
              readOnly={!canWriteLine(entry.groupKey)}
              ownNoteAuthor={props.ownNoteAuthor}
              noteAuthor={noteAuthor}
              pivotal={pivotal.has(entry.groupKey)}
              saveWhip={props.saveWhip}
              reloadWhip={props.reloadWhip}
              onDirtyChange={onDirtyChange}
            />
          );
        })}
      </ul>
    </section>
  );
}
