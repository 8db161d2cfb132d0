import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PatchUserRequest, UserAccountView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';

export type Accounts = {
  accounts: UserAccountView[];
  loading: boolean;
  error: string | null;
  /** Asks the server again (after a conflict: the other admin's change) and answers the list. */
  reload: () => Promise<UserAccountView[]>;
  /** Stores a changed account in the list (the answer of a PATCH). */
  store: (account: UserAccountView) => void;
};

/** Every account (admins), kept in the one cache; accounts have no live events, so edits store. */
export function useAccounts(): Accounts {
  const client = useQueryClient();
  const errorText = useErrorText();
  const query = useQuery({ queryKey: queryKeys.users, queryFn: api.users });
  const store = useCallback(
    (account: UserAccountView) =>
      client.setQueryData<UserAccountView[]>(queryKeys.users, (list = []) =>
        list.some((user) => user.id === account.id)
          ? list.map((user) => (user.id === account.id ? account : user))
          : [...list, account].sort((a, b) => a.username.localeCompare(b.username)),
      ),
    [client],
  );
  return {
    accounts: query.data ?? [],
    loading: query.isPending,
    error: query.error ? errorText(query.error) : null,
    reload: async () => (await query.refetch()).data ?? [],
    store,
  };
}

/** PATCH /api/users/:id, storing the answer. */
export function usePatchAccount(store: Accounts['store']) {
  return useCallback(
    async (id: number, body: PatchUserRequest) => {
      const account = await api.patchUser(id, body);
      store(account);
      return account;
    },
    [store],
  );
}
