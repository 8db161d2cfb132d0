import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { CreateUserRequest, UserView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';

export type NewUser = {
  created: UserView[];
  error: string | null;
  busy: boolean;
  create: (body: CreateUserRequest) => Promise<boolean>;
};

/** Creates accounts (POST /api/users) and remembers the ones created in this session. */
export function useNewUser(): NewUser {
  const client = useQueryClient();
  const errorText = useErrorText();
  const [created, setCreated] = useState<UserView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const create = useCallback(
    async (body: CreateUserRequest) => {
      setBusy(true);
      setError(null);
      try {
        const user = await api.createUser(body);
        setCreated((list) => [user, ...list]);
        // The account list shows it too.
        void client.invalidateQueries({ queryKey: queryKeys.users });
        return true;
      } catch (reason) {
        setError(errorText(reason));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, errorText],
  );
  return { created, error, busy, create };
}
