import { type INestApplication, Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { ShutdownCoordinator } from './shutdown-coordinator';

/** How long requests in flight get to finish before the app closes anyway. */
export const DRAIN_TIMEOUT_MS = 25_000;

/**
 * Nest's app.close() runs the destroy hooks and closes socket.io before the HTTP server. Here
 * HTTP goes first: stop accepting, let every accepted request finish (its commit's live event
 * still reaches the open sockets), then app.close() closes socket.io, HTTP, the lock file and,
 * last, the database.
 */
export async function shutDown(
  app: INestApplication,
  reason: string,
  drainTimeoutMs = DRAIN_TIMEOUT_MS,
): Promise<void> {
  const logger = new Logger('Shutdown');
  const coordinator = app.get(ShutdownCoordinator);
  const server = app.getHttpServer() as Server;
  const deadline = Date.now() + drainTimeoutMs;
  coordinator.begin();
  // Closes the listening socket (new connections are refused) and idle keep-alive connections.
  server.close();
  // Logged only now, so whoever reads it knows new connections are already refused.
  logger.log(`${reason}: keine neuen Verbindungen, laufende Anfragen werden beendet`);
  const pending = coordinator.requestsInFlight;
  if (!(await coordinator.drained(drainTimeoutMs))) {
    logger.warn(`${coordinator.requestsInFlight} Anfragen nach ${drainTimeoutMs} ms nicht fertig`);
  } else if (pending > 0) {
    logger.log(`${pending} laufende Anfragen beendet`);
  }
  const grace = Math.max(0, Math.min(server.headersTimeout, deadline - Date.now()));
  const dropped = await coordinator.endRemainingConnections(server, grace);
  if (dropped > 0) logger.warn(`${dropped} Verbindungen ohne vollständige Anfrage geschlossen`);
  await app.close();
}

/**
 * SIGTERM and SIGINT shut the app down gracefully and exit 0 (Nest's enableShutdownHooks would
 * re-raise the signal, so the exit status said "killed"). A second signal ends it at once.
 */
export function installGracefulShutdown(app: INestApplication): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} während des Herunterfahrens: sofort beenden`);
      process.exit(1);
    }
    stopping = true;
    shutDown(app, signal).then(
      () => process.exit(0),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        logger.error(`Herunterfahren fehlgeschlagen: ${message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
