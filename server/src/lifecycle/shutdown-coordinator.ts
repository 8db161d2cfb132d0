import { Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Knows whether the process is shutting down and which HTTP requests are still in flight, so
 * the shutdown can wait for them before it closes the database, and /api/health can answer 503.
 */
@Injectable()
export class ShutdownCoordinator {
  private shuttingDown = false;
  private readonly inFlight = new Set<ServerResponse>();
  private readonly idleWaiters: Array<() => void> = [];

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
