import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { MotionView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { hasCode } from '../../../i18n/error-text';
import { useErrorText } from '../../../i18n/use-error-text';
import { newerMotion } from '../../live/utils/cache-merge';
import { editDraftOf, patchOf, type MotionEditDraft } from '../utils/motion-edit';

export type MotionEdit = {
  draft: MotionEditDraft;
  set: <K extends keyof MotionEditDraft>(key: K, value: MotionEditDraft[K]) => void;
  /** The state the user started from: their changes are measured against it. */
  original: MotionView;
  /** The newer state after a 409; the user's draft stays as it is beside it. */
  conflict: MotionView | null;
  busy: boolean;
  error: string | null;
  unchanged: boolean;
  save: () => void;
  /** Saves the user's changed fields on top of the newer state. */
  keepMine: () => void;
  /** Drops the user's changes and starts again from the newer state. */
  takeTheirs: () => void;
};

/**
 * The motion edit form's state. PATCH carries the version last seen; on a conflict the newer
 * motion is fetched and shown beside the user's draft, which is never discarded unasked.
 */
export function useMotionEdit(motion: MotionView, onSaved: () => void): MotionEdit {
  const client = useQueryClient();
  const errorText = useErrorText();
  const [original, setOriginal] = useState(motion);
  const [draft, setDraft] = useState(() => editDraftOf(motion));
  const [version, setVersion] = useState(motion.version);
  const [conflict, setConflict] = useState<MotionView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [unchanged, setUnchanged] = useState(false);

  const set = useCallback(<K extends keyof MotionEditDraft>(key: K, value: MotionEditDraft[K]) => {
    setUnchanged(false);
    setDraft((current) => ({ ...current, [key]: value }));
  }, []);

  const remember = useCallback(
    (next: MotionView) =>
      client.setQueryData<MotionView>(queryKeys.motion(next.id), (cached) =>
        newerMotion(cached, next),
      ),
    [client],
  );

  const send = useCallback(
    (atVersion: number) => {
      const patch = patchOf(draft, original);
      if (!patch) {
        setUnchanged(true);
        return;
      }
      setBusy(true);
      setError(null);
      api
        .patchMotion(motion.id, { ...patch, version: atVersion })
        .then((saved) => {
          remember(saved);
          setConflict(null);
          onSaved();
        })
        .catch(async (reason: unknown) => {
          if (!hasCode(reason, 'MOTION_VERSION_CONFLICT')) {
            setError(errorText(reason));
            return;
          }
          const fresh = await api.motion(motion.id);
          remember(fresh);
          setConflict(fresh);
        })
        .catch((reason: unknown) => setError(errorText(reason)))
        .finally(() => setBusy(false));
    },
    [draft, original, motion.id, remember, onSaved, errorText],
  );

  const save = useCallback(() => send(version), [send, version]);
  const keepMine = useCallback(() => {
    if (!conflict) return;
    setVersion(conflict.version);
    send(conflict.version);
  }, [conflict, send]);
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setOriginal(conflict);
    setDraft(editDraftOf(conflict));
    setVersion(conflict.version);
    setConflict(null);
  }, [conflict]);

  return { draft, set, original, conflict, busy, error, unchanged, save, keepMine, takeTheirs };
}
