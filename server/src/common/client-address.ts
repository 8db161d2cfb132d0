import type { Request } from 'express';

/**
 * The client's address: Express's `req.ip`, which is the socket's unless TRUST_PROXY_HOPS names
 * proxies whose X-Forwarded-For it may believe (so a client cannot claim another address). Read
 * it while the request is open: once the socket has closed it has no address any more.
 */
export function clientAddressOf(request: Request): string | null {
  return request.ip ?? request.socket.remoteAddress ?? null;
}
