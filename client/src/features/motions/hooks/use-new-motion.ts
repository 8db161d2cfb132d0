import { useCallback, useState } from 'react';
import type { MotionView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { useErrorText } from '../../../i18n/use-error-text';
import { createRequestOf, emptyMotionDraft } from '../utils/new-motion';
import type { NewMotionDraft } from '../utils/new-motion';

export type NewMotion = {
  draft: NewMotionDraft;
  set: <K extends keyof NewMotionDraft>(key: K, value: NewMotionDraft[K]) => void;
  busy: boolean;
  /** The server's validation message(s), shown as they come. */
  error: string | null;
  submit: () => void;
};

export function useNewMotion(
  mayorVotes: boolean,
  onCreated: (motion: MotionView) => void,
): NewMotion {
  const errorText = useErrorText();
  const [draft, setDraft] = useState(() => emptyMotionDraft(mayorVotes));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = useCallback(<K extends keyof NewMotionDraft>(key: K, value: NewMotionDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
  }, []);
  const submit = useCallback(() => {
    setBusy(true);
    setError(null);
    api
      .createMotion(createRequestOf(draft))
      .then(onCreated)
      .catch((reason: unknown) => setError(errorText(reason)))
      .finally(() => setBusy(false));
  }, [draft, onCreated, errorText]);
  return { draft, set, busy, error, submit };
}
