import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type {
  CreateGroupRequest,
  CreateMemberRequest,
  LeaveCouncilRequest,
  PatchGroupRequest,
  PatchMemberRequest,
} from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';

export type CouncilAdmin = ReturnType<typeof useCouncilAdmin>;

/**
 * The admin's council writes. Every open screen gets the change through the live `council` event;
 * the acting screen also asks again at once, so it does not wait on the socket (rare admin edits).
 */
export function useCouncilAdmin() {
  const client = useQueryClient();
  return useMemo(() => {
    const refresh = async <T>(result: T): Promise<T> => {
      await client.invalidateQueries({ queryKey: queryKeys.council });
      return result;
    };
    return {
      /** Loads council and members again (after a conflict: the other admin's state). */
      reload: () => client.invalidateQueries({ queryKey: queryKeys.council }),
      createGroup: async (body: CreateGroupRequest) => refresh(await api.createGroup(body)),
      patchGroup: async (key: string, body: PatchGroupRequest) =>
        refresh(await api.patchGroup(key, body)),
      createMember: async (body: CreateMemberRequest) => refresh(await api.createMember(body)),
      patchMember: async (id: number, body: PatchMemberRequest) =>
        refresh(await api.patchMember(id, body)),
      leaveCouncil: async (id: number, body: LeaveCouncilRequest) =>
        refresh(await api.leaveCouncil(id, body)),
    };
  }, [client]);
}
