import { useQuery } from '@tanstack/react-query';
import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';

export type CouncilData = {
  council: CouncilView | null;
  members: MemberView[];
  error: string | null;
  reload: () => void;
};

/**
 * The council and its members from the cache; `council` events of the live socket keep them
 * current, so they are loaded once per session (and again after a reconnect).
 */
export function useCouncilData(): CouncilData {
  const errorText = useErrorText();
  const council = useQuery({
    queryKey: queryKeys.council,
    queryFn: api.council,
    staleTime: Infinity,
  });
  const members = useQuery({
    queryKey: queryKeys.members,
    queryFn: api.members,
    staleTime: Infinity,
  });
  const failed = council.error ?? members.error;
  return {
    council: council.data && members.data ? council.data : null,
    members: members.data ?? [],
    error: failed ? errorText(failed) : null,
    reload: () => {
      void council.refetch();
      void members.refetch();
    },
  };
}
