/** Hash routes (no server configuration needed): `#/`, `#/antraege`, `#/antraege/42`. */
export type Route =
  { page: 'council' } | { page: 'motions' } | { page: 'motion'; motionId: number };

export const MOTIONS_PATH = 'antraege';

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] !== MOTIONS_PATH) return { page: 'council' };
  if (parts.length === 1) return { page: 'motions' };
  const motionId = Number(parts[1]);
  return Number.isInteger(motionId) && motionId > 0
    ? { page: 'motion', motionId }
    : { page: 'motions' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'council':
      return '#/';
    case 'motions':
      return `#/${MOTIONS_PATH}`;
    case 'motion':
      return `#/${MOTIONS_PATH}/${route.motionId}`;
  }
}
