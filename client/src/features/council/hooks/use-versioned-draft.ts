import { useCallback, useState } from 'react';

export type VersionedDraft<D> = {
  /** What the form shows: the user's input while editing, else the current data. */
  value: D;
  dirty: boolean;
  set: (change: Partial<D>) => void;
  /** The version an edit is sent with: the one current when the user began typing. */
  version: number;
  /** After a save: follow the data again. */
  done: () => void;
  /** After a stale-version refusal: keep the input, send it next time over the current state. */
  rebase: () => void;
};

/**
 * A form over live data with a version: untouched, it follows every live change; once the user
 * types, the input stays and the version of that moment is sent, so another admin's change in
 * between is refused (409) instead of silently overwritten, and the input survives the refusal.
 */
export function useVersionedDraft<D>(current: D, currentVersion: number): VersionedDraft<D> {
  const [draft, setDraft] = useState<D | null>(null);
  const [base, setBase] = useState<number | null>(null);
  const set = useCallback(
    (change: Partial<D>) => {
      setDraft((previous) => ({ ...(previous ?? current), ...change }));
      setBase((previous) => previous ?? currentVersion);
    },
    [current, currentVersion],
  );
  const done = useCallback(() => {
    setDraft(null);
    setBase(null);
  }, []);
  const rebase = useCallback(() => setBase(null), []);
  return {
    value: draft ?? current,
    dirty: draft !== null,
    set,
    version: base ?? currentVersion,
    done,
    rebase,
  };
}
