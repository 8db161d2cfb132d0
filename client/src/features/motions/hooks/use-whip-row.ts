import { useCallback, useState } from 'react';
import type { WhipEntryRequest, WhipEntryView } from '@mehrheitsplaner/shared';
import { hasCode } from '../../../i18n/error-text';
import { useErrorText } from '../../../i18n/use-error-text';
import { draftOf, isDirty, requestOf } from '../utils/whip-draft';
import type { WhipDraft } from '../utils/whip-draft';

export type WhipRowState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

export type WhipRow = {
  draft: WhipDraft;
  dirty: boolean;
  state: WhipRowState;
  change: (update: (draft: WhipDraft) => WhipDraft) => void;
  save: () => void;
  discard: () => void;
  /** After a conflict: takes the current entry and drops the local edit. */
  reload: () => void;
};

type Edit = { base: WhipEntryView; draft: WhipDraft };

/**
 * One row of the whip editor. An edit keeps the version it started from, so a change by someone
 * else meanwhile makes the save fail with WHIP_VERSION_CONFLICT (shown as a conflict) instead of
 * overwriting it; any other error (a closed motion) is worded from its code.
 * Without a local edit the row simply shows the latest entry.
 */
export function useWhipRow(
  entry: WhipEntryView,
  saveWhip: (groupKey: string, body: WhipEntryRequest) => Promise<WhipEntryView>,
  reloadWhip: (groupKey: string) => Promise<WhipEntryView | undefined>,
): WhipRow {
  const errorText = useErrorText();
  const [edit, setEdit] = useState<Edit | null>(null);
  const [state, setState] = useState<WhipRowState>({ kind: 'idle' });
  const base = edit?.base ?? entry;
  const draft = edit?.draft ?? draftOf(entry);
  const dirty = edit !== null && isDirty(edit.draft, edit.base);

  const change = useCallback(
    (update: (draft: WhipDraft) => WhipDraft) => {
      setEdit((current) => {
        const start = current ?? { base: entry, draft: draftOf(entry) };
        return { ...start, draft: update(start.draft) };
      });
      setState((current) => (current.kind === 'conflict' ? current : { kind: 'idle' }));
    },
    [entry],
  );

  const save = useCallback(() => {
    setState({ kind: 'saving' });
    saveWhip(entry.groupKey, requestOf(draft, base.version))
      .then(() => {
        setEdit(null);
        setState({ kind: 'saved' });
      })
      .catch((reason: unknown) => {
        if (hasCode(reason, 'WHIP_VERSION_CONFLICT')) setState({ kind: 'conflict' });
        else
          setState({
            kind: 'error',
            message: errorText(reason),
          });
      });
  }, [saveWhip, entry.groupKey, draft, base.version, errorText]);

  const discard = useCallback(() => {
    setEdit(null);
    setState({ kind: 'idle' });
  }, []);

  const reload = useCallback(() => {
    reloadWhip(entry.groupKey)
      .then(() => {
        setEdit(null);
        setState({ kind: 'idle' });
      })
      .catch((reason: unknown) =>
        setState({
          kind: 'error',
          message: errorText(reason),
        }),
      );
  }, [reloadWhip, entry.groupKey, errorText]);

  return { draft, dirty, state, change, save, discard, reload };
}
