import type { AccessRefusal } from '@mehrheitsplaner/shared';
import { AuthError } from '../auth/auth.errors';
import { AccessError } from './access.errors';

/** The domain error (code and German message) for a refusal of the shared access table. */
export function refusalError(refusal: AccessRefusal, lineGroupKey: string | undefined) {
  switch (refusal) {
    case 'MISSING_TOKEN':
      return new AuthError('MISSING_TOKEN', 'Anmeldung erforderlich');
    case 'FORBIDDEN_ROLE':
      return new AuthError('FORBIDDEN_ROLE', 'Für diese Aktion fehlt die Berechtigung');
    case 'NOT_COALITION_MANAGER':
      return new AccessError(
        'NOT_COALITION_MANAGER',
        'Nur die Fraktionsgeschäftsführung einer Koalitionsfraktion darf das ändern',
      );
    case 'FOREIGN_COALITION_LINE':
      return new AccessError(
        'FOREIGN_COALITION_LINE',
        `Die Linie der Koalitionsfraktion ${lineGroupKey ?? ''} trägt nur deren ` +
          'Fraktionsgeschäftsführung ein',
      );
  }
}
