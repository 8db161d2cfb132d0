import { useCallback, useState } from 'react';
import { useErrorText } from '../../../i18n/use-error-text';
import { isVersionConflict } from '../utils/version-conflict';

export type Action<A extends unknown[], R> = {
  /** Runs the call; resolves with its result, or null after showing the error. */
  run: (...args: A) => Promise<R | null>;
  busy: boolean;
  error: string | null;
  /** The last refusal was a stale version (409 *_VERSION_CONFLICT): the input stays for a retry. */
  conflict: boolean;
  clear: () => void;
};

/**
 * One admin write with its busy flag and its error in the user's language; `onConflict` runs
 * after a stale-version refusal (reload the current state beside the kept input).
 */
export function useAction<A extends unknown[], R>(
  call: (...args: A) => Promise<R>,
  onConflict?: () => void,
): Action<A, R> {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(null);
      setConflict(false);
      try {
        return await call(...args);
      } catch (reason) {
        setError(errorText(reason));
        const stale = isVersionConflict(reason);
        setConflict(stale);
        if (stale) onConflict?.();
        return null;
      } finally {
        setBusy(false);
      }
    },
    [call, errorText, onConflict],
  );
  const clear = useCallback(() => {
    setError(null);
    setConflict(false);
  }, []);
  return { run, busy, error, conflict, clear };
}
