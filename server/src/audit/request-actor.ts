import type { NextFunction, Response } from 'express';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { runAsActor } from './audit-actor';

/**
 * Express middleware: every write a request's handler makes is recorded as the signed-in user's
 * (the access guard sets `request.user` later in the same flow), from the request's address.
 * That address is Express's `req.ip`: the socket's, unless TRUST_PROXY_HOPS names proxies whose
 * X-Forwarded-For it may believe, so a client cannot claim another address.
 *
 * A middleware rather than a Nest interceptor: with any global interceptor Nest binds an async
 * resource on every request, which cost about a tenth of a cached read's time.
 */
export function requestActors(
  request: AuthenticatedRequest,
  _response: Response,
  next: NextFunction,
): void {
  // Read now: a job the request starts may write after its socket has closed.
  const ip = request.ip ?? request.socket.remoteAddress ?? null;
  runAsActor(
    () => ({
      actor: request.user?.username ?? 'anonymous',
      role: request.user?.role ?? null,
      ip,
    }),
    next,
  );
}
