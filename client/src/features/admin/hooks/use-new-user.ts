import { useCallback, useState } from 'react';
import type { CreateUserRequest, UserView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { useErrorText } from '../../../i18n/use-error-text';

export type NewUser = {
  created: UserView[];
  error: string | null;
  busy: boolean;
  create: (body: CreateUserRequest) => Promise<boolean>;
};

/** Creates accounts (POST /api/users) and remembers the ones created in this session. */
export function useNewUser(): NewUser {
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
        return true;
      } catch (reason) {
        setError(errorText(reason));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [errorText],
  );
  return { created, error, busy, create };
}
