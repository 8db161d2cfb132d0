import { useCallback, useState } from 'react';
import type { WhipEntryRequest, WhipEntryView } from '@mehrheitsplaner/shared';
import { hasCode } from '../../../i18n/error-text';
import { useErrorText } from '../../../i18n/use-error-text';
import { draftOf, isDirty, requestOf } from '../utils/whip-draft';
import type { WhipDraft } from '../utils/whip-draft';
import { mergeDrafts } from '../utils/whip-merge';

export type WhipRowState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** Someone else saved first; `theirs` is their new state once loaded (null while loading). */
  | { kind: 'conflict'; theirs: WhipEntryView | null }
  | { kind: 'error'; message: string };

export type WhipRow = {
  draft: WhipDraft;
  /** The state the edit started from. */
  base: WhipEntryView;
  dirty: boolean;
  state: WhipRowState;
  change: (update: (draft: WhipDraft) => WhipDraft) => void;
  save: () => void;
  discard: () => void;
  /** After a conflict: one's own changes on top of the new state (saved with the next save). */
  reapply: () => void;
  /** After a conflict: the new state, one's own edit dropped. */
  takeTheirs: () => void;
};

type Edit = { base: WhipEntryView; draft: WhipDraft };

/**
 * One row of the whip editor. An edit keeps the version it started from, so a change by someone
 * else meanwhile makes the save fail with WHIP_VERSION_CONFLICT instead of overwriting it. The
 * conflict loads the new state and keeps one's own edit, so the user can re-apply it on top or
 * take the new state; any other error (a closed motion) is worded from its code.
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
  const fail = useCallback(
    (reason: unknown) => setState({ kind: 'error', message: errorText(reason) }),
    [errorText],
  );

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
        if (!hasCode(reason, 'WHIP_VERSION_CONFLICT')) return fail(reason);
        setState({ kind: 'conflict', theirs: null });
        return reloadWhip(entry.groupKey).then((theirs) => {
          if (theirs) setState({ kind: 'conflict', theirs });
        }, fail);
      });
  }, [saveWhip, reloadWhip, entry.groupKey, draft, base.version, fail]);

  const discard = useCallback(() => {
    setEdit(null);
    setState({ kind: 'idle' });
  }, []);

  const theirs = state.kind === 'conflict' ? state.theirs : null;
  const reapply = useCallback(() => {
    if (!theirs) return;
    setEdit((current) =>
      current
        ? {
            base: theirs,
            draft: mergeDrafts(draftOf(current.base), current.draft, draftOf(theirs)),
          }
        : null,
    );
    setState({ kind: 'idle' });
  }, [theirs]);

  return { draft, base, dirty, state, change, save, discard, reapply, takeTheirs: discard };
}
