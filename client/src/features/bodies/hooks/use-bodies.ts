import { useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddBodyMemberRequest,
  CreateBodyRequest,
  PatchBodyMemberRequest,
  PatchBodyRequest,
} from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';

export function useBodies() {
  return useQuery({ queryKey: queryKeys.bodies, queryFn: api.bodies });
}

export function useBody(key: string) {
  return useQuery({ queryKey: queryKeys.body(key), queryFn: () => api.body(key) });
}

export function useBodyMembers(key: string) {
  return useQuery({ queryKey: queryKeys.bodyMembers(key), queryFn: () => api.bodyMembers(key) });
}

export type BodiesAdmin = ReturnType<typeof useBodiesAdmin>;

/**
 * The admin's body writes; each loads the bodies again (their seats follow the memberships). A
 * new person also joins the council's person list, so that is loaded again too.
 */
export function useBodiesAdmin() {
  const client = useQueryClient();
  return useMemo(() => {
    const refresh = async <T>(result: T): Promise<T> => {
      await client.invalidateQueries({ queryKey: queryKeys.bodies });
      return result;
    };
    return {
      /** Loads the bodies again (after a conflict: the other admin's state). */
      reload: () => void client.invalidateQueries({ queryKey: queryKeys.bodies }),
      createBody: async (body: CreateBodyRequest) => refresh(await api.createBody(body)),
      patchBody: async (key: string, body: PatchBodyRequest) =>
        refresh(await api.patchBody(key, body)),
      addMember: async (key: string, body: AddBodyMemberRequest) => {
        const added = await refresh(await api.addBodyMember(key, body));
        if (body.name !== undefined)
          await client.invalidateQueries({ queryKey: queryKeys.members });
        return added;
      },
      patchMember: async (key: string, id: number, body: PatchBodyMemberRequest) =>
        refresh(await api.patchBodyMember(key, id, body)),
    };
  }, [client]);
}
