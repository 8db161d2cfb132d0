import { Injectable } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Knows whether the process is shutting down and which HTTP requests are still in flight, so
 * the shutdown can wait for them before it closes the database, and /api/health can answer 503.
 */
@Injectable()
export class ShutdownCoordinator {
  private shuttingDown = false;
  private readonly inFlight = new Set<ServerResponse>();
  private readonly idleWaiters: Array<() => void> = [];
  /** Open HTTP connections (not those upgraded to WebSocket: socket.io closes those). */
  private readonly connections = new Set<Socket>();
  private readonly connectionWaiters: Array<() => void> = [];

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /** Express middleware: counts a request from its arrival until its response is sent or aborted. */
  readonly track = (_request: IncomingMessage, response: ServerResponse, next: () => void) => {
    this.inFlight.add(response);
    // Keep-alive would leave the connection open after the answer and hold the shutdown up.
    if (this.shuttingDown) response.setHeader('Connection', 'close');
    const done = () => {
      if (!this.inFlight.delete(response)) return;
      if (this.inFlight.size === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
    };
    response.once('finish', done);
    response.once('close', done);
    next();
  };

  /** Follows the server's connections, so the shutdown can end those no request will use. */
  watch(server: Server): void {
    server.on('connection', (socket: Socket) => {
      this.connections.add(socket);
      socket.once('close', () => {
        this.connections.delete(socket);
        if (this.connections.size === 0) this.connectionWaiters.splice(0).forEach((wake) => wake());
      });
    });
    server.on('upgrade', (_request: IncomingMessage, socket: Socket) => {
      this.connections.delete(socket);
    });
  }

  /**
   * After the requests in flight are answered: Node's server.close() waits for every connection,
   * and one that sent nothing or only part of its headers would hold it up until the idle
   * timeout (the headers timeout no longer runs once the server is closed). Connections that
   * sent no byte are ended at once; half-sent ones get `graceMs` (the headers timeout) to become
   * a request, which is then answered; whatever is left is destroyed. Returns how many.
   */
  async endRemainingConnections(server: Server, graceMs: number): Promise<number> {
    server.closeIdleConnections();
    for (const socket of this.connections) if (socket.bytesRead === 0) socket.destroy();
    if (this.connections.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.connectionWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      await this.drained(graceMs);
    }
    const left = [...this.connections];
    left.forEach((socket) => socket.destroy());
    return left.length;
  }

  /** From now on health says 503 and every answer closes its connection. */
  begin(): void {
    this.shuttingDown = true;
    for (const response of this.inFlight) {
      if (!response.headersSent) response.setHeader('Connection', 'close');
    }
  }

  /** Resolves true once no request is in flight, false when `timeoutMs` passed first. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.inFlight.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
