import { ROUTE_PERMISSIONS, type Permission, type RouteKey } from '@mehrheitsplaner/shared';

/** `METHOD /api/path` as the router spells it; HEAD is answered by the GET route. */
export function routeKey(method: string, path: string): string {
  return `${method === 'HEAD' ? 'GET' : method} ${path}`;
}

function isRouteKey(key: string): key is RouteKey {
  return Object.hasOwn(ROUTE_PERMISSIONS, key);
}

/** The permission of a route, or null when the access table does not list it (deny). */
export function routePermission(method: string, path: string): Permission | null {
  const key = routeKey(method, path);
  return isRouteKey(key) ? ROUTE_PERMISSIONS[key] : null;
}
