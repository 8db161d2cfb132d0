import { useCallback, useState } from 'react';
import { ApiError } from '../../../api/api-errors';
import { useErrorText } from '../../../i18n/use-error-text';

export type Action<A extends unknown[], R> = {
  /** Runs the call; resolves with its result, or null after showing the error. */
  run: (...args: A) => Promise<R | null>;
  busy: boolean;
  error: string | null;
  /** The last refusal was a stale version (409 *_VERSION_CONFLICT): the input stays for a retry. */
  conflict: boolean;
  clear: () => void;
};

/** A refusal of a stale version: 409 with any `*_VERSION_CONFLICT` code of the shared union. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.code?.endsWith('_VERSION_CONFLICT') ?? false);
}

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
