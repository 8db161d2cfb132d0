import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';

export type VoidVote = {
  busy: boolean;
  error: string | null;
  voidVote: (voteId: number, reason: string) => Promise<boolean>;
};

/**
 * Voids a recorded vote (DELETE /api/votes/:id). The motion reopens: its parts and the history
 * are reloaded here too, so this screen is right even before the `voteVoided` event arrives.
 */
export function useVoidVote(motionId: number): VoidVote {
  const client = useQueryClient();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const voidVote = useCallback(
    async (voteId: number, reason: string) => {
      setBusy(true);
      setError(null);
      try {
        await api.voidVote(voteId, { reason });
        await Promise.all([
          client.invalidateQueries({ queryKey: queryKeys.motionAll(motionId) }),
          client.invalidateQueries({ queryKey: queryKeys.historyAll }),
        ]);
        return true;
      } catch (reason) {
        setError(errorText(reason));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, errorText, motionId],
  );
  return { busy, error, voidVote };
}
