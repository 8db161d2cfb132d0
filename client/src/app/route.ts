/**
 * Hash routes (no server configuration needed): `#/`, `#/antraege`, `#/antraege/42`,
 * `#/antraege/42/druck`, `#/sitzungen`, `#/sitzungen/7`, `#/verlauf`, `#/koalitionsvertrag`,
 * `#/verwaltung`, `#/verwaltung/protokoll`, `#/passwort`, `#/gremien`, `#/gremien/HFA`.
 */
export type Route =
  | { page: 'council' }
  | { page: 'bodies' }
  | { page: 'body'; bodyKey: string }
  | { page: 'motions' }
  | { page: 'motion'; motionId: number }
  | { page: 'motionPrint'; motionId: number }
  | { page: 'meetings' }
  | { page: 'meeting'; meetingId: number }
  | { page: 'history' }
  | { page: 'agreement' }
  | { page: 'admin' }
  | { page: 'audit' }
  | { page: 'password' };

export type NavPage =
  'council' | 'bodies' | 'motions' | 'meetings' | 'history' | 'agreement' | 'admin';

export const MOTIONS_PATH = 'antraege';
const PRINT_PATH = 'druck';
const MEETINGS_PATH = 'sitzungen';
const BODIES_PATH = 'gremien';
const ADMIN_PATH = 'verwaltung';
const AUDIT_PATH = 'protokoll';
const SIMPLE_PATHS = {
  verlauf: 'history',
  koalitionsvertrag: 'agreement',
  verwaltung: 'admin',
  passwort: 'password',
} as const;

function idOf(part: string | undefined): number | null {
  const id = Number(part);
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, idPart, sub] = parts;
  if (head === ADMIN_PATH && idPart === AUDIT_PATH) return { page: 'audit' };
  if (head && head in SIMPLE_PATHS) {
    return { page: SIMPLE_PATHS[head as keyof typeof SIMPLE_PATHS] };
  }
  if (head === MEETINGS_PATH) {
    const meetingId = idOf(idPart);
    return meetingId ? { page: 'meeting', meetingId } : { page: 'meetings' };
  }
  if (head === BODIES_PATH) {
    return idPart ? { page: 'body', bodyKey: decodeURIComponent(idPart) } : { page: 'bodies' };
  }
  if (head !== MOTIONS_PATH) return { page: 'council' };
  const motionId = idOf(idPart);
  if (!motionId) return { page: 'motions' };
  return sub === PRINT_PATH ? { page: 'motionPrint', motionId } : { page: 'motion', motionId };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'council':
      return '#/';
    case 'bodies':
      return `#/${BODIES_PATH}`;
    case 'body':
      return `#/${BODIES_PATH}/${encodeURIComponent(route.bodyKey)}`;
    case 'motions':
      return `#/${MOTIONS_PATH}`;
    case 'motion':
      return `#/${MOTIONS_PATH}/${route.motionId}`;
    case 'motionPrint':
      return `#/${MOTIONS_PATH}/${route.motionId}/${PRINT_PATH}`;
    case 'meetings':
      return `#/${MEETINGS_PATH}`;
    case 'meeting':
      return `#/${MEETINGS_PATH}/${route.meetingId}`;
    case 'history':
      return '#/verlauf';
    case 'agreement':
      return '#/koalitionsvertrag';
    case 'admin':
      return `#/${ADMIN_PATH}`;
    case 'audit':
      return `#/${ADMIN_PATH}/${AUDIT_PATH}`;
    case 'password':
      return '#/passwort';
  }
}

/** The header entry a route belongs to (a motion belongs to "Anträge", a meeting to "Sitzungen"). */
export function navPageOf(route: Route): NavPage | null {
  switch (route.page) {
    case 'motion':
    case 'motionPrint':
      return 'motions';
    case 'meeting':
      return 'meetings';
    case 'body':
      return 'bodies';
    case 'audit':
      return 'admin';
    case 'password':
      // Reached from the account actions, not from a header entry.
      return null;
    default:
      return route.page;
  }
}
