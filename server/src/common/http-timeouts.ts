import type { Server } from 'node:http';
import type { SecurityConfig } from '../config/security-config';

/**
 * Closes connections that hold the server without using it: slow or missing headers, requests
 * that never finish, idle keep-alives and TCP connections that never send a byte (Node leaves
 * those open for ever by default; the inactivity timeout ends them).
 */
export function applyHttpTimeouts(server: Server, limits: SecurityConfig['http']): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.timeout = limits.idleSocketTimeoutMs;
}
