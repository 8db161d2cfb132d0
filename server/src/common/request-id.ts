import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a proxy's id may look like: no spaces, quotes or line breaks that could forge log lines. */
const FORWARDED_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** The request's id (set by requestIds), or undefined outside an HTTP request. */
export function requestIdOf(request: IncomingMessage | undefined): string | undefined {
  const id = (request as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Gives every request one id, answered as `X-Request-Id`: the log line, a 500's correlation id
 * and the proxy's access log then name the same request. A proxy's own `X-Request-Id` is kept
 * only when the app trusts proxies (TRUST_PROXY); otherwise a client could choose its id.
 */
export function requestIds(trustProxy: boolean) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const forwarded = request.headers['x-request-id'];
    const id =
      trustProxy && typeof forwarded === 'string' && FORWARDED_ID.test(forwarded)
        ? forwarded
        : randomUUID();
    (request as { id?: string }).id = id;
    response.setHeader('X-Request-Id', id);
    next();
  };
}
